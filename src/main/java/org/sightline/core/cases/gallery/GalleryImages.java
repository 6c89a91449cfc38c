package org.sightline.core.cases.gallery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Lists the images of a gallery folder, recursively, as '/'-separated relative paths in sorted order. */
final class GalleryImages {
    static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "bmp");

    private GalleryImages() {
    }

    static List<String> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("Gallery folder " + folder + " does not exist or is not a folder");
        }
        if (!Files.isReadable(folder)) {
            throw new IOException("Gallery folder " + folder + " is not readable");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(GalleryImages::isImage)
                    .map(file -> relative(folder, file))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IOException("Cannot list gallery folder " + folder + ": " + e.getMessage(), e);
        }
    }

    static boolean isImage(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
