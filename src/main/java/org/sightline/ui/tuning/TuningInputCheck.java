package org.sightline.ui.tuning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sightline.core.tuning.IdentityFolders;

/** Why the dialog's input does not suit the chosen task, in words, before any job starts. */
final class TuningInputCheck {
    private TuningInputCheck() {
    }

    /** The problem with {@code source} for {@code task}, or null when it will do. */
    static String problem(TuningTask task, Path source) {
        return task == TuningTask.ATTRIBUTES ? attributeInputProblem(source) : identityFoldersProblem(source);
    }

    private static String attributeInputProblem(Path source) {
        return source != null && Files.exists(source) ? null
                : "Choose a labelled folder tree or a labels CSV" + (source == null ? "" : ": " + source + " does not exist");
    }

    /** Why {@code source} is not a folder of identity folders, or null when it is one (at least one identity with descriptions). */
    private static String identityFoldersProblem(Path source) {
        String expected = "a folder of identity folders (<identity>/*.jpg with " + IdentityFolders.DESCRIPTION_FILE + ")";
        if (source == null) {
            return "Choose " + expected;
        }
        if (!Files.isDirectory(source)) {
            return "Choose " + expected + ": " + source + (Files.exists(source) ? " is not a folder" : " does not exist");
        }
        try (var children = Files.list(source)) {
            if (children.noneMatch(child -> Files.isRegularFile(child.resolve(IdentityFolders.DESCRIPTION_FILE)))) {
                return source + " holds no identity folders: description search tuning needs " + expected;
            }
        } catch (IOException e) {
            return "Cannot read " + source + ": " + e.getMessage();
        }
        return null;
    }
}
