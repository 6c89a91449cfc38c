package org.sightline.engine.djl.tuning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.tuning.IdentityFolders;
import org.sightline.core.vl.eval.CropSplit;
import org.sightline.core.vl.eval.PedestrianCrop;
import org.sightline.core.vl.eval.PedestrianCrops;
import org.sightline.core.vl.sentences.SentenceGenerator;
import org.sightline.core.vl.sentences.TemplateFamily;

/**
 * Writes identity folders of the Market identities the shipped sightline-pedvl held out
 * ({@code CropSplit.of(crops, 7)}): {@code <out>/<pid>/} with copies of the crops and a description.txt
 * of {@code lines} sentences from the held-out EVALUATION template family. Usage:
 * {@code MarketIdentityFolders <data-dir> <out> [max-identities] [lines]}.
 */
public final class MarketIdentityFolders {

    private MarketIdentityFolders() {
    }

    public static void main(String[] args) throws IOException {
        int max = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        int lines = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        System.out.println(write(Path.of(args[0]), Path.of(args[1]), max, lines) + " identities -> " + args[1]);
    }

    static int write(Path dataDir, Path out, int max, int lines) throws IOException {
        List<PedestrianCrop> crops = PedestrianCrops.readMarket(dataDir.resolve("market-dev"));
        List<PedestrianCrop> heldOut = CropSplit.of(crops, 7).validation();
        Map<String, List<PedestrianCrop>> byPerson = new LinkedHashMap<>();
        heldOut.forEach(c -> byPerson.computeIfAbsent(c.personKey(), k -> new java.util.ArrayList<>()).add(c));
        SentenceGenerator sentences = new SentenceGenerator(TemplateFamily.EVALUATION, 11);
        int n = 0;
        for (Map.Entry<String, List<PedestrianCrop>> person : byPerson.entrySet()) {
            if (n >= max) {
                break;
            }
            n++;
            Path folder = Files.createDirectories(out.resolve(person.getKey().replaceAll("[^A-Za-z0-9_-]", "_")));
            for (PedestrianCrop crop : person.getValue()) {
                Files.copy(crop.image(), folder.resolve(crop.image().getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.write(folder.resolve(IdentityFolders.DESCRIPTION_FILE),
                    sentences.sentences(person.getValue().getFirst().tokens(), lines));
        }
        return n;
    }
}
