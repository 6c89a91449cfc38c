package org.sightline.ui.shell;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sightline.ui.common.Theme;

/** Puts the shell into a stage: scene, theme, icon, title, size. Shared by the app and its tests. */
public final class ShellWindow {
    private ShellWindow() {
    }

    public static ShellView show(Stage stage, ShellViewModel shell, Runnable onQuit) {
        ShellView view = new ShellView(shell, onQuit);
        Scene scene = new Scene(view.root(), 1440, 900);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(shell.windowTitleProperty());
        stage.getIcons().add(Theme.appIcon());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.show();
        return view;
    }
}
