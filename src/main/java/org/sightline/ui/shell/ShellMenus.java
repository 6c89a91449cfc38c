package org.sightline.ui.shell;

import java.nio.file.Path;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.sightline.ui.annotation.AttributeActions;
import org.sightline.ui.cases.CaseActions;
import org.sightline.ui.cases.CaseViewModel;
import org.sightline.ui.common.Icons;

/** The menu bar; each item carries its shortcut from {@link Shortcuts}. */
final class ShellMenus {
    private ShellMenus() {
    }

    static MenuBar create(ShellViewModel shell, CaseActions actions, AttributeActions people, ShellCommands commands) {
        CaseViewModel cases = shell.cases();
        Menu recent = new Menu("Recent cases", Icons.of(MaterialDesignH.HISTORY));
        fillRecent(recent, cases, actions);
        cases.recentCases().addListener((ListChangeListener<Path>) change -> fillRecent(recent, cases, actions));

        Menu file = new Menu("File", null,
                item(Shortcuts.NEW_CASE, "New case…", Icons.of(MaterialDesignF.FOLDER_PLUS), actions::newCase),
                item(Shortcuts.OPEN_CASE, "Open case…", Icons.of(MaterialDesignF.FOLDER_OPEN), actions::openCase),
                recent,
                item(null, "Models and compute device…", Icons.of(MaterialDesignC.CUBE_OUTLINE), commands::showModels),
                enabledWhen(item(Shortcuts.CLOSE_CASE, "Close case", Icons.of(MaterialDesignF.FOLDER_REMOVE_OUTLINE),
                        actions::closeCase), cases.openProperty()),
                new SeparatorMenuItem(),
                item(Shortcuts.QUIT, "Quit", Icons.of(MaterialDesignE.EXIT_TO_APP), commands::quit));
        Menu sources = new Menu("Sources", null,
                enabledWhen(item(Shortcuts.ADD_VIDEO, "Add video…", Icons.of(MaterialDesignV.VIDEO_PLUS),
                        actions::addVideo), cases.openProperty()),
                enabledWhen(item(Shortcuts.ADD_IMAGE_FOLDER, "Add image folder…",
                        Icons.of(MaterialDesignF.FOLDER_IMAGE), actions::addImageFolder), cases.openProperty()),
                enabledWhen(item(Shortcuts.ADD_PERSON_GALLERY, "Add person gallery (folder of crops)…",
                        Icons.of(MaterialDesignA.ACCOUNT_BOX_MULTIPLE_OUTLINE), people::addPersonGallery),
                        cases.openProperty()));

        CheckMenuItem jobsPanel = new CheckMenuItem("Background work panel");
        jobsPanel.setAccelerator(Shortcuts.TOGGLE_JOBS.keys());
        jobsPanel.selectedProperty().bindBidirectional(shell.jobs().panelVisibleProperty());
        CheckMenuItem inspector = new CheckMenuItem("Inspector");
        inspector.setAccelerator(Shortcuts.TOGGLE_INSPECTOR.keys());
        inspector.selectedProperty().bindBidirectional(shell.inspector().visibleProperty());
        Menu view = new Menu("View", null,
                item(Shortcuts.FOCUS_SEARCH, "Search by description", Icons.of(MaterialDesignM.MAGNIFY),
                        commands::focusSearch),
                new SeparatorMenuItem(), jobsPanel, inspector);
        Menu help = new Menu("Help", null,
                item(Shortcuts.HELP, "Keyboard shortcuts", Icons.of(MaterialDesignK.KEYBOARD), commands::showShortcuts),
                item(null, "About Sightline", Icons.of(MaterialDesignI.INFORMATION_OUTLINE), commands::showAbout));

        MenuBar bar = new MenuBar(file, sources, AttributeMenu.create(shell, people, commands::showTuning), view, help);
        bar.setId("menuBar");
        return bar;
    }

    private static void fillRecent(Menu recent, CaseViewModel cases, CaseActions actions) {
        recent.getItems().clear();
        for (Path folder : cases.recentCases()) {
            MenuItem item = new MenuItem(folder.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> actions.openRecent(folder));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent cases");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    static MenuItem item(Shortcuts.Shortcut shortcut, String text, Node icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon);
        if (shortcut != null) {
            item.setAccelerator(shortcut.keys());
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    static MenuItem enabledWhen(MenuItem item, ObservableBooleanValue condition) {
        item.disableProperty().bind(javafx.beans.binding.Bindings.not(condition));
        return item;
    }
}
