package org.sightline.core.tuning.resume;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a resumable tuning run was started with, saved with it (as a case job's JSON parameters or in
 * the command line's run database): task ({@code attributes} or {@code retrieval}), input path, schema
 * (id, file or blank), the options, the base model's identity, a fingerprint and summary of the
 * labelled data, and the visual region prompts ({@code off}, or {@code on} with their shape). A run resumes only when all of these are unchanged; {@link #requireSameRun} says what changed.
 */
public record TuningRunSpec(String task, String input, String schema, int epochs, long seed, int promptCount,
                            double learningRate, int batchSize, int patience, double validationShare, String baseModel,
                            String baseSha256, String dataFingerprint, String dataSummary, String imagePrompts) {

    public static final String IMAGE_PROMPTS_OFF = "off";
    public static final String IMAGE_PROMPTS_ON = "on";

    private static final Gson GSON = new Gson();

    public TuningRunSpec {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(input, "input");
        schema = schema == null ? "" : schema;
        imagePrompts = imagePrompts == null ? IMAGE_PROMPTS_OFF : imagePrompts;
    }

    public boolean learnsImagePrompts() {
        return !imagePrompts.equals(IMAGE_PROMPTS_OFF);
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    /** Reads saved parameters; {@code where} names their origin in the error. */
    public static TuningRunSpec fromJson(String json, String where) {
        try {
            TuningRunSpec spec = GSON.fromJson(json, TuningRunSpec.class);
            if (spec == null || spec.task == null || spec.input == null || spec.dataFingerprint == null) {
                throw new JsonParseException("task, input or data fingerprint missing");
            }
            return new TuningRunSpec(spec.task, spec.input, spec.schema, spec.epochs, spec.seed, spec.promptCount,
                    spec.learningRate, spec.batchSize, spec.patience, spec.validationShare, spec.baseModel, spec.baseSha256,
                    spec.dataFingerprint, spec.dataSummary, spec.imagePrompts);
        } catch (RuntimeException e) { // Gson reports a record it cannot build as a bare RuntimeException
            throw new IllegalArgumentException("Bad tuning run parameters in " + where + ": " + json + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Refuses to continue the run saved in {@code where} as {@code this} when the data, base model or
     * settings of {@code now} differ, naming each change.
     */
    public void requireSameRun(TuningRunSpec now, String where) throws TuningResumeException {
        List<String> changes = changesTo(now);
        if (!changes.isEmpty()) {
            throw new TuningResumeException("Cannot resume the tuning run saved in " + where + ": " + String.join("; ", changes)
                    + ". Start a new run instead.");
        }
    }

    /** What differs in {@code now}, in words; empty when it is the same run. */
    public List<String> changesTo(TuningRunSpec now) {
        List<String> out = new ArrayList<>();
        if (!task.equals(now.task)) {
            out.add("the task was " + task + ", now " + now.task);
        }
        if (!input.equals(now.input)) {
            out.add("the input was " + input + ", now " + now.input);
        } else if (!dataFingerprint.equals(now.dataFingerprint)) {
            out.add("the labelled data in " + input + " changed since the run started (then " + dataSummary + ", fingerprint "
                    + shortHash(dataFingerprint) + "; now " + now.dataSummary + ", fingerprint " + shortHash(now.dataFingerprint) + ")");
        }
        if (!schema.equals(now.schema)) {
            out.add("the schema was '" + schema + "', now '" + now.schema + "'");
        }
        if (!Objects.equals(baseModel, now.baseModel) || !Objects.equals(baseSha256, now.baseSha256)) {
            out.add("the base model changed (was " + baseModel + " with weights " + shortHash(baseSha256) + ", now "
                    + now.baseModel + " with weights " + shortHash(now.baseSha256) + ")");
        }
        String settings = settings(), nowSettings = now.settings();
        if (!settings.equals(nowSettings)) {
            out.add("the settings changed (were " + settings + ", now " + nowSettings + ")");
        }
        return out;
    }

    private String settings() {
        return String.format(Locale.ROOT, "epochs %d, seed %d, prompts %d, learning rate %s, batch %d, patience %d, "
                + "validation share %s, image prompts %s", epochs, seed, promptCount, learningRate, batchSize, patience, validationShare,
                imagePrompts);
    }

    private static String shortHash(String hex) {
        return hex == null ? "?" : hex.length() > 12 ? hex.substring(0, 12) + "…" : hex;
    }
}
