package org.sightline.cli.search.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.vl.eval.CropSplit;
import org.sightline.core.vl.eval.PedestrianCrop;
import org.sightline.core.vl.eval.PedestrianCrops;
import org.sightline.core.vl.sentences.SentenceGenerator;
import org.sightline.core.vl.sentences.TemplateFamily;

/**
 * Writes a captions CSV (file, person_id, subset, caption) for the PETA subsets held out from the
 * model's training (PRID, MIT): every held-out crop is in the gallery; one caption per person, made
 * from that person's PETA labels by the held-out {@link TemplateFamily#EVALUATION} sentence family
 * (frames the model never saw in training) with a fixed seed. File paths are absolute.
 * Usage: {@code HeldOutCaptions <data-dir> <out.csv> [seed]}. Also writes {@code <out>.labels.csv}
 * (file, attributes) of the same crops for {@code sightline eval attributes}.
 */
public final class HeldOutCaptions {

    private HeldOutCaptions() {
    }

    public static void main(String[] args) throws IOException {
        List<PedestrianCrop> crops = heldOut(Path.of(args[0]));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 11;
        // Each crop is a row (the gallery is the CSV's distinct files) with its person's one caption.
        SentenceGenerator sentences = new SentenceGenerator(TemplateFamily.EVALUATION, seed);
        Map<String, String> captionOf = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>(List.of("file,person_id,subset,caption"));
        List<String> labels = new ArrayList<>(List.of("file,attributes"));
        for (PedestrianCrop crop : crops) {
            String caption = captionOf.computeIfAbsent(crop.personKey(), k -> sentences.sentence(crop.tokens()));
            lines.add(quote(crop.image().toString()) + "," + crop.personKey() + "," + crop.source() + "," + quote(caption));
            labels.add(quote(crop.image().toString()) + "," + String.join(" ", crop.tokens()));
        }
        Path out = Path.of(args[1]);
        Files.write(out, lines, StandardCharsets.UTF_8);
        Files.write(Path.of(args[1] + ".labels.csv"), labels, StandardCharsets.UTF_8);
        System.out.printf("%d held-out crops of %d people -> %s%n", crops.size(), captionOf.size(), out);
    }

    static List<PedestrianCrop> heldOut(Path dataDir) throws IOException {
        return PedestrianCrops.readPeta(dataDir.resolve("peta-dev")).stream()
                .filter(c -> CropSplit.HELD_OUT_PETA_SUBSETS.contains(c.source())).toList();
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
