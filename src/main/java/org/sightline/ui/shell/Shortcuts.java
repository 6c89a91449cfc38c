package org.sightline.ui.shell;

import java.util.List;
import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut of the main window; the menus and the F1 help read this one list. */
public final class Shortcuts {
    public record Shortcut(String action, KeyCombination keys) {
        public String keysText() {
            return keys.getDisplayText();
        }
    }

    public static final Shortcut NEW_CASE = of("New case", "Shortcut+N");
    public static final Shortcut OPEN_CASE = of("Open case", "Shortcut+O");
    public static final Shortcut CLOSE_CASE = of("Close case", "Shortcut+W");
    public static final Shortcut QUIT = of("Quit", "Shortcut+Q");
    public static final Shortcut ADD_VIDEO = of("Add video", "Shortcut+I");
    public static final Shortcut ADD_IMAGE_FOLDER = of("Add image folder", "Shortcut+Shift+I");
    public static final Shortcut ADD_PERSON_GALLERY = of("Add person gallery (folder of crops)", "Shortcut+Shift+G");
    public static final Shortcut ANNOTATE = of("Annotation mode on / off", "Shortcut+E");
    public static final Shortcut FOCUS_SEARCH = of("Search by description", "Shortcut+F");
    public static final Shortcut TOGGLE_JOBS = of("Show or hide background work", "Shortcut+J");
    public static final Shortcut TOGGLE_INSPECTOR = of("Show or hide the inspector", "Shortcut+Alt+I");
    public static final Shortcut HELP = of("Keyboard shortcuts", "F1");

    public static final List<Shortcut> ALL = List.of(NEW_CASE, OPEN_CASE, CLOSE_CASE, QUIT, ADD_VIDEO,
            ADD_IMAGE_FOLDER, ADD_PERSON_GALLERY, ANNOTATE, FOCUS_SEARCH, TOGGLE_JOBS, TOGGLE_INSPECTOR, HELP);

    private Shortcuts() {
    }

    private static Shortcut of(String action, String keys) {
        return new Shortcut(action, KeyCombination.keyCombination(keys));
    }
}
