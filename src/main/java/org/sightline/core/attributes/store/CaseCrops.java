package org.sightline.core.attributes.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.core.attributes.labels.ExportNames;
import org.sightline.core.cases.CaseStore;

/**
 * The image file that stands for each detection when labels leave the case: the original image of a
 * gallery crop (a whole-image detection of an image file still in place), else the stored thumbnail.
 * Names are {@code det<id>_<flattened path>}, so a labels file's rows lead back to detections.
 */
final class CaseCrops {
    static final String PREFIX = "det";

    private CaseCrops() {
    }

    record CropFile(long detectionId, Path file, String exportName) {
    }

    static List<CropFile> all(CaseStore store) {
        return store.read(c -> {
            List<CropFile> crops = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT d.id, d.thumbnail, d.detector_id, f.file_path, "
                    + "s.path FROM detections d JOIN frames f ON f.id = d.frame_id JOIN sources s ON s.id = f.source_id "
                    + "ORDER BY d.id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    crop(store, rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5)).ifPresent(crops::add);
                }
            }
            return crops;
        });
    }

    private static Optional<CropFile> crop(CaseStore store, long id, String thumbnail, String detector, String file,
                                           String sourcePath) {
        if (file != null && "whole-image".equals(detector)) {
            Path original = Path.of(sourcePath).resolve(file).toAbsolutePath().normalize();
            if (Files.isRegularFile(original)) {
                return Optional.of(new CropFile(id, original, name(id, file)));
            }
        }
        if (thumbnail != null) {
            Path stored = store.thumbnailsDir().resolve(thumbnail);
            if (Files.isRegularFile(stored)) {
                return Optional.of(new CropFile(id, stored, name(id, thumbnail)));
            }
        }
        return Optional.empty();
    }

    static String name(long detectionId, String path) {
        return PREFIX + detectionId + "_" + ExportNames.of(path);
    }

    /** The detection id a crop file name written by this class starts with. */
    static Optional<Long> detectionOf(String fileName) {
        if (!fileName.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int end = fileName.indexOf('_');
        try {
            return end <= PREFIX.length() ? Optional.empty()
                    : Optional.of(Long.parseLong(fileName.substring(PREFIX.length(), end)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
