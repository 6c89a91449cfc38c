package org.sightline.ui.gallery;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Thumbnails for the grid, loaded in the background by JavaFX and kept in a bounded LRU cache, so
 * scrolling back does not read the disk again and 100k crops do not fill the memory.
 */
final class CropImages {
    static final int HEIGHT = 128;
    private static final int CAPACITY = 1500;
    private final Map<Path, Image> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Image> eldest) {
            return size() > CAPACITY;
        }
    };

    Image get(Path file) {
        return cache.computeIfAbsent(file, f -> new Image(f.toUri().toString(), 0, HEIGHT, true, true, true));
    }
}
