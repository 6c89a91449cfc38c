package org.sightline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs a picocli command in this process, capturing what it prints. */
public final class CommandRun {

    /** The exit code, what the command printed through picocli's out, and its err (where failures go). */
    public record Result(int exit, String out, String err) {
        /** The older tests' shape: exit code, out, err. */
        public String[] asArray() {
            return new String[] {Integer.toString(exit), out, err};
        }
    }

    private CommandRun() {
    }

    public static Result run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int exit = line.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
