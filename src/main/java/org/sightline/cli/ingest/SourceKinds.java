package org.sightline.cli.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sightline.core.cases.SourceKind;

/**
 * What an input path is. A file is a video. A folder is a gallery of person crops when
 * {@code --gallery} says so, a folder of frames when {@code --frames} says so; otherwise it is
 * guessed: a gallery when its images lie in subfolders (no image at its top level) or when its
 * first image looks like a person crop (portrait, at least 1.5 times as tall as wide, and at most
 * 512 px tall); else a folder of frames (video frames are landscape).
 */
final class SourceKinds {
    private static final Set<String> IMAGES = Set.of("jpg", "jpeg", "png", "bmp");

    private SourceKinds() {
    }

    static SourceKind of(Path input, Boolean gallery) throws IOException {
        if (Files.isRegularFile(input)) {
            return SourceKind.VIDEO;
        }
        if (!Files.isDirectory(input)) {
            throw new CommandFailure("No such file or folder: " + input);
        }
        if (gallery != null) {
            return gallery ? SourceKind.IMAGE_GALLERY : SourceKind.FRAME_FOLDER;
        }
        Optional<Path> topImage = firstImage(input, 1);
        if (topImage.isEmpty()) {
            if (firstImage(input, Integer.MAX_VALUE).isEmpty()) {
                throw new CommandFailure("Folder " + input + " holds no jpg, jpeg, png or bmp images");
            }
            return SourceKind.IMAGE_GALLERY;
        }
        java.awt.Dimension size = imageSize(topImage.get());
        boolean cropShaped = size.height >= 1.5 * size.width && size.height <= 512;
        return cropShaped ? SourceKind.IMAGE_GALLERY : SourceKind.FRAME_FOLDER;
    }

    private static Optional<Path> firstImage(Path folder, int depth) throws IOException {
        try (Stream<Path> files = Files.walk(folder, depth)) {
            return files.filter(Files::isRegularFile).filter(SourceKinds::isImage).sorted().findFirst();
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGES.contains(name.substring(dot + 1));
    }

    private static java.awt.Dimension imageSize(Path image) throws IOException {
        java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(image.toFile());
        if (read == null) {
            throw new CommandFailure("Cannot read " + image + " as an image, so cannot tell whether " + image.getParent()
                    + " holds frames or person crops; say which with --frames or --gallery");
        }
        return new java.awt.Dimension(read.getWidth(), read.getHeight());
    }
}
