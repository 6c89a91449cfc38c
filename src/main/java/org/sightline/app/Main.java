package org.sightline.app;

import org.sightline.cli.SightlineCommand;
import picocli.CommandLine;

/**
 * Entry point: no arguments opens the window, anything else runs a command without one.
 * Kept free of JavaFX types so that commands start without loading the toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        RuntimeSetup.apply();
        if (args.length == 0) {
            DesktopLauncher.launch(args, null);
            return;
        }
        // `open` starts the window, so it lives here rather than among the toolkit-free commands.
        int exitCode = new CommandLine(new SightlineCommand()).addSubcommand(new OpenCommand()).execute(args);
        System.exit(exitCode);
    }
}
