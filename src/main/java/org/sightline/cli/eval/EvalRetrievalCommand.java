package org.sightline.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sightline.cli.bases.BaseModels;
import org.sightline.cli.search.VlModels;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.core.vl.eval.RetrievalScores;
import org.sightline.core.vl.search.CaptionRetrieval;
import org.sightline.core.vl.search.CaptionsCsv;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.tuning.PromptedModel;
import org.sightline.cli.bases.DeviceOption;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sightline eval retrieval}: text-to-image R@1/5/10 and mAP of a vision-language model on a captions CSV. */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
        description = "Evaluate description search on a captions CSV (columns file, person_id, caption; paths "
                + "relative to the CSV). Each caption queries the gallery of all distinct files; a hit is a crop "
                + "of the same person_id.")
public final class EvalRetrievalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--captions", required = true, paramLabel = "CSV", description = "The captions file.")
    private Path captions;

    @Option(names = {"--model", "--base"}, paramLabel = "NAME",
            description = "Vision-language model (the base of --pack): " + VlModels.DEFAULT + ", a clip-* id, a model "
                    + "folder or a CLIP checkpoint file (default: with --pack the pack's own base, a pack tuned on a file "
                    + "needs that file; else the searchModel setting, else " + VlModels.DEFAULT + ").")
    private String model;

    @Option(names = "--pack", paramLabel = "FILE", description = "Encode the captions through this prompt pack's "
            + "learned prompts and the gallery through its region prompts, over its base model.")
    private Path pack;

    @Mixin
    DeviceOption device = new DeviceOption();

    private VlModels models;

    public EvalRetrievalCommand() {
    }

    public EvalRetrievalCommand(VlModels models) {
        this.models = models;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<CaptionsCsv.Row> rows = CaptionsCsv.read(captions);
            long start = System.nanoTime();
            RetrievalScores scores;
            String identity;
            VlModels vlModels = models != null ? models : VlModels.forApp(device.check(
                    org.sightline.core.config.AppPaths.fromEnvironment(), DjlDeviceSelector.PYTORCH, "the vision-language model", err));
            PromptPack prompts = pack == null ? null : PromptPackJson.read(pack);
            try (VisionLanguageModel vl = open(vlModels, prompts)) {
                identity = vl.identity().modelId() + " (sha256 " + vl.identity().sha256().substring(0, 12) + ")";
                scores = CaptionRetrieval.evaluate(prompts == null ? vl : new PromptedModel(prompts, vl), rows);
                identity += pack == null ? "" : " + pack " + pack.getFileName();
            }
            out.printf(Locale.ROOT, "%s on %s%n", identity, captions);
            out.printf(Locale.ROOT, "R@1 %.4f  R@5 %.4f  R@10 %.4f  mAP %.4f  (%d captions, %d gallery images; %.1f s)%n",
                    scores.recallAt1(), scores.recallAt5(), scores.recallAt10(), scores.meanAveragePrecision(),
                    scores.queries(), scores.gallery(), (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (Exception e) {
            err.println("sightline eval retrieval: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** A checkpoint file opens as a CLIP base (checked against the pack before loading); other names through VlModels. */
    private VisionLanguageModel open(VlModels vlModels, PromptPack prompts) throws IOException {
        BaseModels bases = new BaseModels(vlModels.store());
        String name = model != null ? model : prompts != null ? bases.defaultFor(prompts) : VlModels.active();
        if (!BaseModels.isCheckpointFile(name)) {
            return vlModels.open(name);
        }
        BaseModels.Located located = prompts != null ? bases.forPack(prompts, name) : bases.locate(name);
        return bases.open(located, DjlDeviceSelector.pytorch(vlModels.device(), located.identity().modelId()));
    }
}
