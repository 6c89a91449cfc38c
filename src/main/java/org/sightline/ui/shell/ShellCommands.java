package org.sightline.ui.shell;

/** Window-level commands the menus trigger that are not case commands. */
interface ShellCommands {
    void quit();

    void focusSearch();

    void showShortcuts();

    void showAbout();

    void showModels();

    void showTuning();
}
