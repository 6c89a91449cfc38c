package org.sightline.ui.cases;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sightline.core.cases.SourceKind;

/** The user-facing case commands: ask with the platform's choosers, then call the view model. */
public final class CaseActions {
    private static final String[] VIDEO_PATTERNS = {"*.mp4", "*.mov", "*.avi", "*.mkv", "*.m4v", "*.webm",
            "*.MP4", "*.MOV", "*.AVI", "*.MKV", "*.M4V", "*.WEBM"};

    private final CaseViewModel cases;
    private final Supplier<Window> owner;

    public CaseActions(CaseViewModel cases, Supplier<Window> owner) {
        this.cases = cases;
        this.owner = owner;
    }

    public void newCase() {
        NewCaseDialog.ask(owner.get(), defaultLocation())
                .ifPresent(request -> cases.createCase(request.folder(), request.name()));
    }

    public void openCase() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open case folder");
        chooser.setInitialDirectory(defaultLocation().toFile());
        File chosen = chooser.showDialog(owner.get());
        if (chosen != null) {
            cases.openCase(chosen.toPath());
        }
    }

    public void openRecent(Path folder) {
        cases.openCase(folder);
    }

    public void closeCase() {
        cases.closeCase();
    }

    public void addVideo() {
        if (!cases.openProperty().get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add video to case");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Video files", VIDEO_PATTERNS),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen != null) {
            cases.addSource(SourceKind.VIDEO, chosen.toPath());
        }
    }

    public void addImageFolder() {
        if (!cases.openProperty().get()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add image folder to case");
        File chosen = chooser.showDialog(owner.get());
        if (chosen != null) {
            cases.addSource(SourceKind.FRAME_FOLDER, chosen.toPath());
        }
    }

    /** The folder holding the most recent case, else the home folder. */
    private Path defaultLocation() {
        return cases.recentCases().stream().map(Path::getParent).filter(parent -> parent != null
                && parent.toFile().isDirectory()).findFirst().orElse(Path.of(System.getProperty("user.home")));
    }
}
