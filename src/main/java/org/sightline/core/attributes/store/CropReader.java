package org.sightline.core.attributes.store;

import org.sightline.core.inference.BufferedImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.sightline.core.inference.RgbImage;

/**
 * The pixels of a stored detection. Where the frame came from an image file (gallery crops, frame
 * folders) and that file is still readable, the box is cut from it at full resolution; otherwise
 * (video frames, moved sources) the stored thumbnail is used, at most 128 px tall, which loses
 * detail for small attributes but is all the case keeps.
 */
public final class CropReader {

    private CropReader() {
    }

    /** A detection row as the job reads it. */
    public record DetectionRow(long id, double x, double y, double w, double h, String thumbnail, Path sourceFile) {
    }

    public record Crop(RgbImage image, boolean fullResolution) {
    }

    /** The readable items of a batch, in order, with their crops. */
    public record Batch<T>(List<T> readable, List<RgbImage> crops) {
    }

    /**
     * Reads the crop of every item's detection; items whose crop cannot be read are left out and a
     * warning naming them is added to {@code warnings}.
     */
    public static <T> Batch<T> readAll(List<T> items, Function<T, DetectionRow> detectionOf, Path thumbnailsDir,
                                       List<String> warnings) {
        List<T> readable = new ArrayList<>();
        List<RgbImage> crops = new ArrayList<>();
        for (T item : items) {
            StringBuilder warning = new StringBuilder();
            Crop crop = read(detectionOf.apply(item), thumbnailsDir, warning);
            if (crop == null) {
                warnings.add(warning.toString());
            } else {
                readable.add(item);
                crops.add(crop.image());
            }
        }
        return new Batch<>(readable, crops);
    }

    /** The crop, or null with a warning naming the detection and files when neither can be read. */
    public static Crop read(DetectionRow row, Path thumbnailsDir, StringBuilder warning) {
        String originalProblem = null;
        if (row.sourceFile() != null) {
            try {
                BufferedImage frame = readImage(row.sourceFile());
                return new Crop(cut(frame, row), true);
            } catch (IOException | RuntimeException e) {
                originalProblem = e.getMessage();
            }
        }
        if (row.thumbnail() != null) {
            Path thumbnail = thumbnailsDir.resolve(row.thumbnail());
            try {
                return new Crop(BufferedImages.toRgb(readImage(thumbnail)), false);
            } catch (IOException | RuntimeException e) {
                warning.append("Skipped detection ").append(row.id()).append(": thumbnail ").append(thumbnail)
                        .append(" unreadable (").append(e.getMessage()).append(")");
                if (originalProblem != null) {
                    warning.append(" and image ").append(row.sourceFile()).append(" unreadable (")
                            .append(originalProblem).append(")");
                }
                return null;
            }
        }
        warning.append("Skipped detection ").append(row.id()).append(": no thumbnail").append(originalProblem == null
                ? " and no image file" : " and image " + row.sourceFile() + " unreadable (" + originalProblem + ")");
        return null;
    }

    static BufferedImage readImage(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file " + file);
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("not a readable image: " + file);
        }
        return image;
    }

    private static RgbImage cut(BufferedImage frame, DetectionRow row) {
        int left = (int) Math.floor(Math.max(0, row.x()));
        int top = (int) Math.floor(Math.max(0, row.y()));
        int right = (int) Math.ceil(Math.min(frame.getWidth(), row.x() + row.w()));
        int bottom = (int) Math.ceil(Math.min(frame.getHeight(), row.y() + row.h()));
        if (right <= left || bottom <= top) {
            throw new IllegalArgumentException("box lies outside the " + frame.getWidth() + "x" + frame.getHeight()
                    + " image");
        }
        return BufferedImages.toRgb(frame.getSubimage(left, top, right - left, bottom - top));
    }

}
