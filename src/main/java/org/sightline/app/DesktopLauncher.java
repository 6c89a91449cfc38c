package org.sightline.app;

/** Opens the desktop window; replaced by the JavaFX application once the UI lands. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        throw new UnsupportedOperationException("the desktop window is not wired yet");
    }
}
