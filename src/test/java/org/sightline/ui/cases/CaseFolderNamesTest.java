package org.sightline.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CaseFolderNamesTest {
    @Test
    void keepsReadableNamesAndReplacesPathSeparators() {
        assertEquals("Harbour robbery 2024-05-14", CaseFolderNames.folderNameFor("  Harbour robbery 2024-05-14 "));
        assertEquals("a_b_c", CaseFolderNames.folderNameFor("a/b\\c"));
        assertEquals("Zürich_ Bahnhof", CaseFolderNames.folderNameFor("Zürich: Bahnhof"));
    }

    @Test
    void neverProducesAnEmptyOrHiddenFolder() {
        assertEquals("case", CaseFolderNames.folderNameFor("..."));
        assertEquals("notes", CaseFolderNames.folderNameFor(".notes."));
        assertEquals(Path.of("/cases/case"), CaseFolderNames.caseFolder(Path.of("/cases"), " "));
    }
}
