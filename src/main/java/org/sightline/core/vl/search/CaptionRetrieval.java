package org.sightline.core.vl.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.pipeline.RgbImageFiles;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.core.vl.eval.RetrievalMetrics;
import org.sightline.core.vl.eval.RetrievalScores;

/**
 * Text-to-image retrieval on a captions file: the gallery is every distinct image of the file, each
 * distinct (person, caption) pair queries it, and a hit is a gallery image of the caption's person (R@1/5/10, mAP).
 */
public final class CaptionRetrieval {
    private static final int BATCH = 64;

    private CaptionRetrieval() {
    }

    private static java.util.function.Predicate<CaptionsCsv.Row> distinctBy() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return row -> seen.add(row.personId() + "\u0000" + row.caption());
    }

    public static RetrievalScores evaluate(VisionLanguageModel model, List<CaptionsCsv.Row> rows) throws IOException {
        Map<Path, String> gallery = new LinkedHashMap<>();
        for (CaptionsCsv.Row row : rows) {
            String previous = gallery.putIfAbsent(row.image(), row.personId());
            if (previous != null && !previous.equals(row.personId())) {
                throw new IOException(row.image() + " is given as person " + previous + " and as " + row.personId());
            }
        }
        List<Path> files = new ArrayList<>(gallery.keySet());
        float[][] images = new float[files.size()][];
        for (int from = 0; from < files.size(); from += BATCH) {
            List<RgbImage> batch = new ArrayList<>();
            for (Path file : files.subList(from, Math.min(files.size(), from + BATCH))) {
                batch.add(RgbImageFiles.read(file));
            }
            float[][] encoded = model.encodeImages(batch);
            System.arraycopy(encoded, 0, images, from, encoded.length);
        }
        // A caption repeated on several crops of its person is one query.
        List<CaptionsCsv.Row> distinct = rows.stream().filter(distinctBy()).toList();
        float[][] queries = model.encodeTexts(distinct.stream().map(CaptionsCsv.Row::caption).toList());
        return RetrievalMetrics.evaluate(queries, distinct.stream().map(CaptionsCsv.Row::personId).toList(), images,
                files.stream().map(gallery::get).toList());
    }
}
