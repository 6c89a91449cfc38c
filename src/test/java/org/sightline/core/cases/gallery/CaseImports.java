package org.sightline.core.cases.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.sightline.core.cases.CaseStore;

/** Assertions on what an import left in a case. */
final class CaseImports {

    private CaseImports() {
    }

    static long frameCount(CaseStore store, long sourceId) {
        return count(store, "SELECT count(*) FROM frames WHERE source_id = ?", sourceId);
    }

    static long distinctFiles(CaseStore store, long sourceId) {
        return count(store, "SELECT count(DISTINCT file_path) FROM frames WHERE source_id = ?", sourceId);
    }

    /** Every frame has one whole-image detection whose thumbnail file exists and is at most 128 px tall. */
    static void assertThumbnailsExist(CaseStore store, long sourceId, int expected) throws Exception {
        List<String> thumbnails = store.read(c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT d.thumbnail FROM detections d "
                    + "JOIN frames f ON f.id = d.frame_id WHERE f.source_id = ?")) {
                query.setLong(1, sourceId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
            return found;
        });
        assertEquals(expected, thumbnails.size());
        assertEquals(expected, thumbnails.stream().distinct().count());
        for (String thumbnail : thumbnails) {
            Path file = store.thumbnailsDir().resolve(thumbnail);
            assertTrue(Files.isRegularFile(file), "missing thumbnail " + file);
        }
        BufferedImage first = ImageIO.read(store.thumbnailsDir().resolve(thumbnails.getFirst()).toFile());
        assertTrue(first.getHeight() <= 128, "thumbnail height " + first.getHeight());
    }

    private static long count(CaseStore store, String sql, long sourceId) {
        return store.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                query.setLong(1, sourceId);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
