package org.sightline.core.tuning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads identity folders for description-search tuning: {@code <root>/<identity>/*.jpg|jpeg|png}
 * with {@code <root>/<identity>/description.txt} (one description per non-blank line). A folder
 * without a description or without images is refused with its path, unless {@code skipEmpty}
 * leaves it out (and lists it in {@link Identities#skipped()}).
 */
public final class IdentityFolders {

    public static final String DESCRIPTION_FILE = "description.txt";

    /** One person: their crops and their descriptions. */
    public record Identity(String name, List<Path> images, List<String> descriptions) {
        public Identity {
            images = List.copyOf(images);
            descriptions = List.copyOf(descriptions);
        }
    }

    /** The identities read, sorted by folder name, and the folders left out with why. */
    public record Identities(String source, List<Identity> identities, List<String> skipped) {
        public Identities {
            identities = List.copyOf(identities);
            skipped = List.copyOf(skipped);
        }
    }

    private IdentityFolders() {
    }

    public static Identities read(Path root, boolean skipEmpty) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new TuningInputException(root + ": no such folder of identity folders (<root>/<identity>/*.jpg + description.txt)");
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        List<Identity> identities = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path folder : folders) {
            String problem = null;
            List<Path> images = images(folder);
            List<String> descriptions = descriptions(folder);
            if (images.isEmpty()) {
                problem = folder + ": no images (.jpg, .jpeg or .png)";
            } else if (descriptions == null) {
                problem = folder + ": no " + DESCRIPTION_FILE;
            } else if (descriptions.isEmpty()) {
                problem = folder.resolve(DESCRIPTION_FILE) + ": no description (the file is blank)";
            }
            if (problem == null) {
                identities.add(new Identity(folder.getFileName().toString(), images, descriptions));
            } else if (skipEmpty) {
                skipped.add(problem);
            } else {
                throw new TuningInputException(problem + "; add it or leave such identities out with --skip-empty");
            }
        }
        if (identities.size() < 2) {
            throw new TuningInputException(root + ": description tuning needs at least 2 identity folders with images and "
                    + DESCRIPTION_FILE + ", found " + identities.size());
        }
        return new Identities(root.toString(), identities, skipped);
    }

    private static List<Path> images(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> images = s.filter(Files::isRegularFile).filter(IdentityFolders::isImage).sorted().toList();
            for (Path image : images) {
                if (Files.size(image) == 0) {
                    throw new TuningInputException(image + ": empty image file");
                }
            }
            return images;
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png");
    }

    /** The non-blank lines of the description file, or null when there is none. */
    private static List<String> descriptions(Path folder) throws IOException {
        Path file = folder.resolve(DESCRIPTION_FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A seeded person-disjoint split: the first {@code validationShare} of the shuffled identities validate. */
    public static List<List<Identity>> split(List<Identity> identities, double validationShare, long seed) {
        List<Identity> shuffled = new ArrayList<>(identities);
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        int validation = (int) Math.max(1, Math.min(shuffled.size() - 1, Math.round(shuffled.size() * validationShare)));
        return List.of(List.copyOf(shuffled.subList(validation, shuffled.size())), List.copyOf(shuffled.subList(0, validation)));
    }
}
