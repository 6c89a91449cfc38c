package org.sightline.core.models;

import java.util.List;

/**
 * A model the application knows: what it is, how to feed it, where it came from, and its files.
 *
 * @param source upstream address as "repository @ commit : path"
 */
public record ModelEntry(String id, String name, ModelRole role, ModelEngine engine, TaskFacts task,
                         String licence, String source, List<ModelFile> files) {
    public ModelEntry {
        files = List.copyOf(files);
    }

    /** The detector decoder the catalog names, else the one its id implies. */
    public DetectorDecoder detectorDecoder() {
        return task.decoder().orElseGet(() -> DetectorDecoder.defaultFor(id));
    }

    /** Sum of the files' sizes, or -1 when any size is unknown. */
    public long totalSize() {
        long total = 0;
        for (ModelFile file : files) {
            if (file.size().isEmpty()) {
                return -1;
            }
            total += file.size().getAsLong();
        }
        return total;
    }
}
