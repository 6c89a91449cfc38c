package org.sightline.ui.cases;

import java.nio.file.Path;

/** Turns a case name into a folder name that is valid on every desktop file system. */
public final class CaseFolderNames {
    private CaseFolderNames() {
    }

    public static String folderNameFor(String caseName) {
        String cleaned = caseName.strip().replaceAll("[^\\p{L}\\p{N} ._-]", "_").replaceAll("\\s+", " ");
        cleaned = cleaned.replaceAll("^[. ]+|[. ]+$", "");
        return cleaned.isEmpty() ? "case" : cleaned;
    }

    public static Path caseFolder(Path location, String caseName) {
        return location.resolve(folderNameFor(caseName));
    }
}
