package org.sightline.cli.tune;

import java.nio.file.Path;
import org.sightline.cli.CommandRun;

/** Runs {@code sightline tune} in this process with its own app home (settings, schemas) for the call. */
final class TuneRun {

    private TuneRun() {
    }

    /** The exit code, what it printed through picocli's out, and its err (where failures are reported). */
    static String[] tune(Path home, String... args) {
        String previous = System.getProperty("sightline.home");
        System.setProperty("sightline.home", home.toString());
        try {
            return CommandRun.run(new TuneCommand(), args).asArray();
        } finally {
            if (previous == null) {
                System.clearProperty("sightline.home");
            } else {
                System.setProperty("sightline.home", previous);
            }
        }
    }
}
