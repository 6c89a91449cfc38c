package org.sightline.core.attributes.labels;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Labelled images read from one labels file or folder tree. {@code columns} is the header in file
 * order, always including {@code file} and {@code attributes}, so writing keeps other columns in place.
 */
public record LabelSet(Path baseDir, List<String> columns, List<LabelledImage> images) {
    public static final String FILE = "file";
    public static final String ATTRIBUTES = "attributes";

    public LabelSet {
        columns = List.copyOf(columns);
        images = List.copyOf(images);
        if (!columns.contains(FILE) || !columns.contains(ATTRIBUTES)) {
            throw new IllegalArgumentException("columns must include '" + FILE + "' and '" + ATTRIBUTES + "': " + columns);
        }
    }

    public int size() {
        return images.size();
    }

    /** The positive tokens of each image, in image order (ground truth for evaluation). */
    public List<Set<String>> truth() {
        return images.stream().map(LabelledImage::tokens).toList();
    }

    /** How many images have each token, sorted by token. */
    public Map<String, Integer> tokenCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (LabelledImage image : images) {
            image.tokens().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        return counts;
    }
}
