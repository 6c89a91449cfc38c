package org.sightline.core.vl.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.attributes.labels.LabelReadOptions;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.attributes.labels.LabelsCsv;

/** Reads the labelled crops of the shared data folders ({@code peta-dev/}, {@code market-dev/}). */
public final class PedestrianCrops {

    private PedestrianCrops() {
    }

    /** Both folders under {@code dataDir}, PETA first. */
    public static List<PedestrianCrop> readAll(Path dataDir) throws IOException {
        List<PedestrianCrop> crops = new ArrayList<>(readPeta(dataDir.resolve("peta-dev")));
        crops.addAll(readMarket(dataDir.resolve("market-dev")));
        return crops;
    }

    /** {@code labels.csv} with columns subset, file, person_id, attributes (PETA tokens). */
    public static List<PedestrianCrop> readPeta(Path petaDir) throws IOException {
        Path csv = petaDir.resolve("labels.csv");
        List<PedestrianCrop> crops = new ArrayList<>();
        for (LabelledImage image : LabelsCsv.read(csv, LabelReadOptions.lenient()).images()) {
            String subset = image.extra().get("subset");
            String person = image.extra().get("person_id");
            if (subset == null || person == null) {
                throw new IOException(csv + ": needs columns 'subset' and 'person_id' (file " + image.file() + ")");
            }
            String source = "PETA/" + subset.trim();
            crops.add(new PedestrianCrop(image.path(), source + "/" + person.trim(), source, image.tokens()));
        }
        return crops;
    }

    /** {@code labels.csv} with columns file, pid, ... and the 27 Market attributes; images under {@code images/}. */
    public static List<PedestrianCrop> readMarket(Path marketDir) throws IOException {
        Path csv = marketDir.resolve("labels.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(csv + ": empty, expected a header naming file, pid and the Market attributes");
        }
        String[] header = lines.getFirst().strip().split(",");
        List<PedestrianCrop> crops = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            String where = csv + " line " + (i + 1);
            if (fields.length != header.length) {
                throw new IOException(where + ": expected " + header.length + " fields, found " + fields.length);
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c], fields[c]);
            }
            String file = row.get("file");
            String pid = row.get("pid");
            if (file == null || pid == null) {
                throw new IOException(csv + ": header needs 'file' and 'pid', was " + lines.getFirst());
            }
            crops.add(new PedestrianCrop(marketDir.resolve("images").resolve(file).toAbsolutePath().normalize(),
                    "Market/" + pid, "Market", MarketTokens.toPeta(row, where)));
        }
        return crops;
    }
}
