package org.sightline.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code sightline open <case>}: the window, with that case open. */
@Command(name = "open", mixinStandardHelpOptions = true, description = "Open the window with a case open.")
final class OpenCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    private Path caseFolder;

    @Override
    public Integer call() {
        if (!Files.isDirectory(caseFolder)) {
            System.err.println("sightline open: " + caseFolder + " is not a folder");
            return 1;
        }
        DesktopLauncher.launch(new String[0], caseFolder.toAbsolutePath());
        return 0;
    }
}
