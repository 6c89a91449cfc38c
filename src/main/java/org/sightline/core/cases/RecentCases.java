package org.sightline.core.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.JsonFiles;

/**
 * The recently opened cases, most recent first, at most {@value #MAX}, kept as JSON in the
 * application-data folder. Cases whose folder is gone (deleted, drive unplugged) are left out when
 * read but kept in the file, so they come back when the drive does.
 */
public final class RecentCases {
    public static final int MAX = 10;
    private static final System.Logger LOG = System.getLogger(RecentCases.class.getName());

    private final Path file;

    public RecentCases(Path file) {
        this.file = file;
    }

    public static RecentCases fromEnvironment() {
        return new RecentCases(AppPaths.fromEnvironment().recentCasesFile());
    }

    /** Recent cases whose folder still holds a case, most recent first. */
    public List<RecentCase> list() {
        return load().stream().filter(recent -> Cases.isCase(recent.folder())).toList();
    }

    /** Puts the case first, dropping the oldest beyond {@value #MAX}. */
    public void remember(Path folder, String name) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<RecentCase> entries = new ArrayList<>(load());
        entries.removeIf(recent -> recent.folder().equals(absolute));
        entries.addFirst(new RecentCase(absolute, name, Instant.now()));
        save(entries.subList(0, Math.min(MAX, entries.size())));
    }

    public void forget(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<RecentCase> entries = new ArrayList<>(load());
        if (entries.removeIf(recent -> recent.folder().equals(absolute))) {
            save(entries);
        }
    }

    private List<RecentCase> load() {
        try {
            Stored stored = JsonFiles.read(file, Stored.class).orElse(new Stored(List.of()));
            List<RecentCase> entries = new ArrayList<>();
            for (Entry entry : stored.cases() == null ? List.<Entry>of() : stored.cases()) {
                if (entry != null && entry.folder() != null) {
                    entries.add(new RecentCase(Path.of(entry.folder()), entry.name(),
                            Instant.ofEpochMilli(entry.lastOpenedMs())));
                }
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            setAside(e);
            return List.of();
        }
    }

    /** A damaged list must not stop the application; it is kept beside for inspection. */
    private void setAside(Exception problem) {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged");
        LOG.log(System.Logger.Level.WARNING, "Recent cases list " + file + " is unreadable (" + problem.getMessage()
                + "); starting a new list and keeping the old one as " + aside);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot move " + file + " aside: " + e.getMessage());
        }
    }

    private void save(List<RecentCase> entries) {
        List<Entry> stored = entries.stream()
                .map(recent -> new Entry(recent.folder().toString(), recent.name(), recent.lastOpened().toEpochMilli()))
                .toList();
        try {
            JsonFiles.write(file, new Stored(stored));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the recent cases list " + file + ": " + e.getMessage(), e);
        }
    }

    private record Stored(List<Entry> cases) {
    }

    private record Entry(String folder, String name, long lastOpenedMs) {
    }
}
