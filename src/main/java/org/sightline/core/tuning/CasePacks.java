package org.sightline.core.tuning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sightline.core.vl.ModelIdentity;

/**
 * The prompt packs of one case: the files {@code <case>/packs/<name>.json}, and at most one active
 * pack (the one attribute scoring of this case uses), its name kept in {@code <case>/packs/active.txt}.
 * Adding copies the file in after checking it reads and was tuned on {@code base}; a pack for another
 * base model is refused with {@link PromptPackMismatchException}'s message and nothing is copied.
 */
public final class CasePacks {

    public static final String FOLDER = "packs";
    private static final String ACTIVE_FILE = "active.txt";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private final Path dir;

    public CasePacks(Path caseFolder) {
        this.dir = caseFolder.resolve(FOLDER);
    }

    public Path folder() {
        return dir;
    }

    /** Pack names (file names without .json), sorted. */
    public List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            files.forEach(f -> names.add(f.getFileName().toString().replaceFirst("\\.json$", "")));
        }
        names.sort(null);
        return names;
    }

    public Path file(String name) {
        checkName(name);
        return dir.resolve(name + ".json");
    }

    public PromptPack read(String name) throws IOException {
        return PromptPackJson.read(file(name));
    }

    /** Copies a pack file into the case under {@code name}; refuses a pack of another base model. */
    public void add(String name, Path packFile, ModelIdentity base) throws IOException {
        add(name, PromptPackJson.read(packFile), base);
    }

    public void add(String name, PromptPack pack, ModelIdentity base) throws IOException {
        checkName(name);
        pack.requireBase(base);
        pack.requireAttributeHeads("Pack '" + name + "'");
        PromptPackJson.write(pack, file(name));
    }

    /** The active pack's name, if it is set and its file still exists. */
    public Optional<String> active() throws IOException {
        Path marker = dir.resolve(ACTIVE_FILE);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        String name = Files.readString(marker, StandardCharsets.UTF_8).strip();
        return NAME.matcher(name).matches() && Files.isRegularFile(file(name)) ? Optional.of(name) : Optional.empty();
    }

    /** Makes {@code name} the active pack, or none when null. */
    public void setActive(String name) throws IOException {
        Path marker = dir.resolve(ACTIVE_FILE);
        if (name == null) {
            Files.deleteIfExists(marker);
            return;
        }
        if (!Files.isRegularFile(file(name))) {
            throw new IOException("no prompt pack '" + name + "' in " + dir);
        }
        Path temp = Files.createTempFile(dir, ".active", ".tmp");
        try {
            Files.writeString(temp, name + "\n", StandardCharsets.UTF_8);
            Files.move(temp, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes a pack file (and makes no pack active if it was the active one). */
    public void remove(String name) throws IOException {
        if (active().filter(name::equals).isPresent()) {
            setActive(null);
        }
        Files.deleteIfExists(file(name));
    }

    /** A valid pack name made from free text (e.g. a file name): letters, digits, '.', '_' and '-'. */
    public static String nameFrom(String text) {
        String cleaned = text.replaceFirst("(?i)\\.(json|csv)$", "").replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^[^A-Za-z0-9]+", "");
        cleaned = cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
        return cleaned.isEmpty() ? "pack" : cleaned;
    }

    private void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("prompt pack name '" + name + "' must be 1-80 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit");
        }
    }
}
