package org.sightline.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.schema.ClasspathMigrations;

class CaseStoreTest {
    @TempDir
    Path temp;

    @Test
    void createdCaseReopensWithItsNameAndSources() {
        Path folder = temp.resolve("case one");
        Source added;
        try (CaseStore store = Cases.create(folder, "  Harbour robbery ")) {
            assertEquals("Harbour robbery", store.info().name());
            assertEquals(ClasspathMigrations.BUILT_IN.size(), store.info().schemaVersion());
            assertTrue(Files.isDirectory(store.thumbnailsDir()));
            added = store.addSource(SourceKind.VIDEO, temp.resolve("cam1.mp4"));
        }
        assertTrue(Cases.isCase(folder));
        try (CaseStore reopened = Cases.open(folder)) {
            assertEquals("Harbour robbery", reopened.info().name());
            assertEquals(List.of(added), reopened.sources());
            assertEquals("ok", reopened.integrityCheck());
        }
    }

    @Test
    void databaseUsesWalForeignKeysAndFullSync() {
        try (CaseStore store = Cases.create(temp.resolve("c"), "pragmas")) {
            assertEquals("wal", pragma(store, "journal_mode"));
            assertEquals("1", pragma(store, "foreign_keys"));
            assertEquals("2", pragma(store, "synchronous"));
        }
    }

    @Test
    void sourcesCanBeAddedRenamedAndRemovedWithTheirFrames() throws Exception {
        try (CaseStore store = Cases.create(temp.resolve("c"), "sources")) {
            Source gallery = store.addSource(SourceKind.IMAGE_GALLERY, temp.resolve("crops"), "Crops");
            Source video = store.addSource(SourceKind.VIDEO, temp.resolve("cam2.mp4"));
            assertEquals("cam2.mp4", video.label());
            store.renameSource(gallery.id(), "Gallery A");
            assertEquals("Gallery A", store.source(gallery.id()).orElseThrow().label());
            store.inTransaction(c -> Frames.insertFrame(c, gallery.id(), 0, null, 10, 20, "a.png"));
            Path thumbnail = store.sourceThumbnailsDir(gallery.id()).resolve("0.jpg");
            Files.createDirectories(thumbnail.getParent());
            Files.writeString(thumbnail, "jpeg");

            store.removeSource(gallery.id());

            assertFalse(Files.exists(thumbnail.getParent()), "thumbnails go with their source");

            assertEquals(List.of(video), store.sources());
            assertEquals(0L, (long) store.read(c -> Frames.count(c, gallery.id())));
            CaseStoreException duplicate = assertThrows(CaseStoreException.class,
                    () -> store.addSource(SourceKind.VIDEO, temp.resolve("cam2.mp4")));
            assertTrue(duplicate.getMessage().contains("already a source"), duplicate.getMessage());
            assertThrows(CaseStoreException.class, () -> store.removeSource(999));
            Source newest = store.addSource(SourceKind.FRAME_FOLDER, temp.resolve("frames"));
            store.removeSource(newest.id());
            Source next = store.addSource(SourceKind.FRAME_FOLDER, temp.resolve("frames"));
            assertTrue(next.id() > newest.id(), "source ids are never reused (thumbnail folders are named by them)");
        }
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        try (CaseStore store = Cases.create(temp.resolve("c"), "tx")) {
            Source source = store.addSource(SourceKind.FRAME_FOLDER, temp.resolve("frames"));
            assertThrows(CaseStoreException.class, () -> store.inTransaction(c -> {
                Frames.insertFrame(c, source.id(), 0, null, 10, 20, "0.png");
                return Frames.insertFrame(c, source.id(), 0, null, 10, 20, "1.png"); // same index: rejected
            }));
            assertEquals(0L, (long) store.read(c -> Frames.count(c, source.id())));
        }
    }

    @Test
    void labelCorrectionsAreAppendOnly() {
        try (CaseStore store = Cases.create(temp.resolve("c"), "labels")) {
            Source source = store.addSource(SourceKind.IMAGE_GALLERY, temp.resolve("g"));
            store.inTransaction(c -> {
                long frame = Frames.insertFrame(c, source.id(), 0, null, 10, 20, "a.png");
                long detection = Frames.insertDetection(c, frame,
                        new org.sightline.core.inference.BoundingBox(0, 0, 10, 20), 1, "whole-image", null);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO label_corrections (detection_id, attribute, value, author, created_ms)"
                            + " VALUES (" + detection + ", 'backpack', 'true', 'ann', 1)");
                }
                return null;
            });
            CaseStoreException update = assertThrows(CaseStoreException.class, () -> store.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE label_corrections SET value = 'false'");
                }
            }));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        }
    }

    @Test
    void folderWithoutCaseIsRejected() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("holiday photos"));
        CaseStoreException error = assertThrows(CaseStoreException.class, () -> Cases.open(empty));
        assertEquals(CaseStoreException.Reason.NOT_A_CASE, error.reason());
        assertTrue(error.getMessage().contains(empty.toString()) && error.getMessage().contains("not a Sightline case"),
                error.getMessage());
        assertFalse(Cases.isCase(empty));
        assertEquals(CaseStoreException.Reason.NOT_A_CASE,
                assertThrows(CaseStoreException.class, () -> Cases.open(temp.resolve("missing"))).reason());
    }

    @Test
    void garbageDatabaseFileIsReportedAsNotACaseDatabase() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("junk"));
        Path database = folder.resolve("case.sqlite");
        Files.writeString(database, "this is a text file, not a database ".repeat(200));
        CaseStoreException error = assertThrows(CaseStoreException.class, () -> Cases.open(folder));
        assertEquals(CaseStoreException.Reason.CORRUPT, error.reason());
        assertTrue(error.getMessage().startsWith(database + " is not a Sightline case database: "), error.getMessage());
        assertFalse(Cases.isCase(folder));
        // the failed open released the lock: a second attempt reports the same problem
        assertEquals(CaseStoreException.Reason.CORRUPT,
                assertThrows(CaseStoreException.class, () -> Cases.open(folder)).reason());
    }

    @Test
    void otherApplicationsSqliteFileIsNotACase() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("other"));
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("case.sqlite"));
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (x)");
        }
        CaseStoreException error = assertThrows(CaseStoreException.class, () -> Cases.open(folder));
        assertTrue(error.getMessage().contains("another application"), error.getMessage());
    }

    @Test
    void caseCannotBeCreatedTwiceOrInsideAFile() throws Exception {
        Path folder = temp.resolve("c");
        Cases.create(folder, "first").close();
        assertEquals(CaseStoreException.Reason.ALREADY_EXISTS,
                assertThrows(CaseStoreException.class, () -> Cases.create(folder, "second")).reason());
        Path file = Files.writeString(temp.resolve("a file"), "x");
        assertEquals(CaseStoreException.Reason.NOT_WRITABLE,
                assertThrows(CaseStoreException.class, () -> Cases.create(file.resolve("case"), "x")).reason());
        assertEquals(CaseStoreException.Reason.INVALID_INPUT,
                assertThrows(CaseStoreException.class, () -> Cases.create(temp.resolve("d"), " ")).reason());
    }

    @Test
    void caseOpenInThisProcessCannotBeOpenedAgain() {
        Path folder = temp.resolve("c");
        try (CaseStore store = Cases.create(folder, "locked")) {
            assertEquals("locked", store.info().name());
            CaseStoreException error = assertThrows(CaseStoreException.class, () -> Cases.open(folder));
            assertEquals(CaseStoreException.Reason.ALREADY_OPEN, error.reason());
        }
        Cases.open(folder).close();
    }

    @Test
    void readOnlyFolderIsReportedClearly() throws Exception {
        Path folder = temp.resolve("ro");
        Cases.create(folder, "read only").close();
        assertTrue(folder.toFile().setWritable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder),
                    "running as a user (root) who can write to read-only folders");
            CaseStoreException error = assertThrows(CaseStoreException.class, () -> Cases.open(folder));
            assertEquals(CaseStoreException.Reason.NOT_WRITABLE, error.reason());
            assertTrue(error.getMessage().contains(folder.toString()) && error.getMessage().contains("not writable"),
                    error.getMessage());
        } finally {
            folder.toFile().setWritable(true, false);
        }
    }

    private static String pragma(CaseStore store, String name) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("PRAGMA " + name); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        });
    }
}
