package org.sightline.core.tuning;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.vl.ModelIdentity;

/**
 * The prompt packs of one case: the files {@code <case>/packs/<name>.json} (exported artefacts, each
 * pinned to its base model), and at most one active pack per {@link Role}, recorded in the case
 * database (table {@code active_packs}): attribute scoring and description search's query encoding. Adding copies the file in after
 * checking it reads and was tuned on {@code base}; a pack for another base model is refused with
 * {@link PromptPackMismatchException}'s message and nothing is copied. A pack of the wrong kind for a
 * role is refused when made active, saying which role it belongs to.
 */
public final class CasePacks {

    public static final String FOLDER = "packs";

    /** What an active pack is used for, and its key in the case database. */
    public enum Role {
        /** Attribute scoring ({@code Attributes › Score new crops}): packs with attribute heads. */
        ATTRIBUTES("attributes"),
        /** Description search's query text: packs tuned on identity folders (text prompts only). */
        SEARCH("search");

        private final String key;

        Role(String key) {
            this.key = key;
        }

        /** Whether {@code pack} is of this role's kind ({@link #require} refuses exactly the others). */
        public boolean suits(PromptPack pack) {
            return this == ATTRIBUTES ? !pack.heads().isEmpty() : pack.heads().isEmpty() && pack.imagePrompts().isEmpty();
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

    private final CaseStore store;
    private final Path dir;

    public CasePacks(CaseStore store) {
        this.store = store;
        this.dir = store.info().folder().resolve(FOLDER);
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

    /**
     * Names of the packs that can be made active for {@code role} with {@code base}: readable, tuned on that
     * base and of the role's kind (what a chooser should offer), sorted.
     */
    public List<String> names(Role role, ModelIdentity base) throws IOException {
        List<String> usable = new ArrayList<>();
        for (String name : names()) {
            try {
                PromptPack pack = read(name);
                pack.requireBase(base);
                if (role.suits(pack)) {
                    usable.add(name);
                }
            } catch (IOException | RuntimeException unusable) {
                // not offered: unreadable or tuned on another base (adding it would have said so)
            }
        }
        return usable;
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
    public Optional<String> active() {
        return active(Role.ATTRIBUTES);
    }

    /** The name of the pack active for {@code role}, if it is set and its file still exists. */
    public Optional<String> active(Role role) {
        Optional<String> name = store.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT pack FROM active_packs WHERE role = ?")) {
                query.setString(1, role.key);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
        return name.filter(n -> NAME.matcher(n).matches() && Files.isRegularFile(file(n)));
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
        if (name != null) {
            if (!Files.isRegularFile(file(name))) {
                throw new IOException("no prompt pack '" + name + "' in " + dir);
            }
            role.require(read(name), "Pack '" + name + "'");
        }
        store.inTransaction(c -> {
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM active_packs WHERE role = ?")) {
                clear.setString(1, role.key);
                clear.executeUpdate();
            }
            if (name != null) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO active_packs (role, pack) VALUES (?, ?)")) {
                    insert.setString(1, role.key);
                    insert.setString(2, name);
                    insert.executeUpdate();
                }
            }
            return null;
        });
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
