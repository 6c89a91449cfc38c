package org.sightline.core.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Housekeeping of thumbnail folders. */
final class Thumbnails {
    private static final System.Logger LOG = System.getLogger(Thumbnails.class.getName());

    private Thumbnails() {
    }

    /** Deletes a folder of thumbnails; a leftover file is only wasted space, so failures are logged. */
    static void deleteFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete thumbnails in " + folder + ": " + e.getMessage());
        }
    }
}
