package org.sightline.cli.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CaseCommandTest {
    @TempDir
    Path temp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = new CommandLine(new CaseCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void createAddAndInfoShowTheCaseAndItsSources() throws Exception {
        Path folder = temp.resolve("harbour");
        Path frames = Files.createDirectories(temp.resolve("camera-1"));
        assertEquals(0, run("create", folder.toString(), "--name", "Harbour theft"), err.toString());
        assertEquals(0, run("add", folder.toString(), frames.toString()), err.toString());
        assertEquals(0, run("info", folder.toString()), err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("Case:      Harbour theft"), printed);
        assertTrue(printed.contains("Integrity: ok"), printed);
        assertTrue(printed.contains("Sources:   1"), printed);
        assertTrue(printed.contains("FRAME_FOLDER  camera-1"), printed);
    }

    @Test
    void infoOnAFolderWithoutACaseFailsNamingIt() {
        assertNotEquals(0, run("info", temp.toString()));
        assertTrue(err.toString().contains(temp + " is not a Sightline case"), err.toString());
    }
}
