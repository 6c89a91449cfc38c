package org.sightline.cli.tune;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code sightline tune} in this process with its own app home (settings, schemas) for the call. */
final class TuneRun {

    private TuneRun() {
    }

    /** The exit code, what it printed through picocli's out, and its err (where failures are reported). */
    static String[] tune(Path home, String... args) {
        String previous = System.getProperty("sightline.home");
        System.setProperty("sightline.home", home.toString());
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine line = new CommandLine(new TuneCommand());
            line.setOut(new PrintWriter(out));
            line.setErr(new PrintWriter(err));
            int code = line.execute(args);
            return new String[] {Integer.toString(code), out.toString(), err.toString()};
        } finally {
            if (previous == null) {
                System.clearProperty("sightline.home");
            } else {
                System.setProperty("sightline.home", previous);
            }
        }
    }
}
