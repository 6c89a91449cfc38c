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
 * pack per {@link Role}, its name kept in a marker file: {@code active.txt} (attribute scoring) and
 * {@code active-search.txt} (description search's query encoding). Adding copies the file in after
 * checking it reads and was tuned on {@code base}; a pack for another base model is refused with
 * {@link PromptPackMismatchException}'s message and nothing is copied. A pack of the wrong kind for a
 * role is refused when made active, saying which role it belongs to.
 */
public final class CasePacks {

    public static final String FOLDER = "packs";

    /** What an active pack is used for, and the marker file keeping its name. */
    public enum Role {
        /** Attribute scoring ({@code Attributes › Score new crops}): packs with attribute heads. */
        ATTRIBUTES("active.txt"),
        /** Description search's query text: packs tuned on identity folders (text prompts only). */
        SEARCH("active-search.txt");

        private final String markerFile;

        Role(String markerFile) {
            this.markerFile = markerFile;
        }

        /** Throws, saying where the pack belongs, unless {@code pack} suits this role. */
        public void require(PromptPack pack, String where) {
            if (this == ATTRIBUTES) {
                pack.requireAttributeHeads(where);
            } else {
                pack.requireSearchPack(where);
            }
        }
    }
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

    /** Adds a pack of either kind (attribute or description search); its kind is checked when it is made active. */
    public void add(String name, PromptPack pack, ModelIdentity base) throws IOException {
        checkName(name);
        pack.requireBase(base);
        PromptPackJson.write(pack, file(name));
    }

    /** The active attribute pack's name, if it is set and its file still exists. */
    public Optional<String> active() throws IOException {
        return active(Role.ATTRIBUTES);
    }

    /** The name of the pack active for {@code role}, if it is set and its file still exists. */
    public Optional<String> active(Role role) throws IOException {
        Path marker = dir.resolve(role.markerFile);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        String name = Files.readString(marker, StandardCharsets.UTF_8).strip();
        return NAME.matcher(name).matches() && Files.isRegularFile(file(name)) ? Optional.of(name) : Optional.empty();
    }

    /** Makes {@code name} the active attribute pack, or none when null. */
    public void setActive(String name) throws IOException {
        setActive(Role.ATTRIBUTES, name);
    }

    /**
     * Makes {@code name} the pack active for {@code role}, or none when null; refuses (IllegalArgumentException)
     * a pack of the other kind, saying where it belongs.
     */
    public void setActive(Role role, String name) throws IOException {
        Path marker = dir.resolve(role.markerFile);
        if (name == null) {
            Files.deleteIfExists(marker);
            return;
        }
        if (!Files.isRegularFile(file(name))) {
            throw new IOException("no prompt pack '" + name + "' in " + dir);
        }
        role.require(read(name), "Pack '" + name + "'");
        Path temp = Files.createTempFile(dir, ".active", ".tmp");
        try {
            Files.writeString(temp, name + "\n", StandardCharsets.UTF_8);
            Files.move(temp, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes a pack file (and makes no pack active in a role it was active in). */
    public void remove(String name) throws IOException {
        for (Role role : Role.values()) {
            if (active(role).filter(name::equals).isPresent()) {
                setActive(role, null);
            }
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
