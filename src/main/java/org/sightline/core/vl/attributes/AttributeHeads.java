package org.sightline.core.vl.attributes;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sightline.core.vl.ModelIdentity;

/**
 * Per-attribute logistic heads over the sentence-pair feature of one vision-language model:
 * p = sigmoid(slope * feature + offset), fitted on labelled crops of the subsets named in
 * {@code fittedOn} (never the subsets held out from the model's training). Pinned to the model's
 * SHA-256: heads of another file are meaningless.
 */
public record AttributeHeads(String modelId, String sha256, List<String> fittedOn, int crops, Map<String, Head> heads) {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    private static final String RESOURCE_FOLDER = "heads/";

    /** One attribute's head and how many positives it was fitted with. */
    public record Head(double slope, double offset, int positives) {
    }

    public AttributeHeads {
        fittedOn = List.copyOf(fittedOn);
        heads = new TreeMap<>(heads);
    }

    public boolean fits(ModelIdentity model) {
        return modelId.equals(model.modelId()) && sha256.equalsIgnoreCase(model.sha256());
    }

    public Optional<Head> head(String token) {
        return Optional.ofNullable(heads.get(token));
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, GSON.toJson(this), StandardCharsets.UTF_8);
    }

    public static AttributeHeads read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    /** The shipped heads of {@code model} (resource {@code heads/<model>-<sha8>.json} beside this class), if any. */
    public static Optional<AttributeHeads> shipped(ModelIdentity model) {
        String sha8 = model.sha256().length() >= 8 ? model.sha256().substring(0, 8).toLowerCase(java.util.Locale.ROOT) : model.sha256();
        String resource = RESOURCE_FOLDER + model.modelId() + "-" + sha8 + ".json";
        try (InputStream in = AttributeHeads.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            AttributeHeads heads = parse(new InputStreamReader(in, StandardCharsets.UTF_8), "built-in " + resource);
            return heads.fits(model) ? Optional.of(heads) : Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String resourceName(ModelIdentity model) {
        return model.modelId() + "-" + model.sha256().substring(0, 8).toLowerCase(java.util.Locale.ROOT) + ".json";
    }

    private static AttributeHeads parse(Reader reader, String where) throws IOException {
        try {
            AttributeHeads heads = GSON.fromJson(reader, AttributeHeads.class);
            if (heads == null || heads.modelId() == null || heads.sha256() == null || heads.heads() == null) {
                throw new IOException(where + ": not attribute heads (needs modelId, sha256, heads)");
            }
            return new AttributeHeads(heads.modelId(), heads.sha256(), heads.fittedOn() == null ? List.of() : heads.fittedOn(),
                    heads.crops(), heads.heads());
        } catch (JsonParseException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }
}
