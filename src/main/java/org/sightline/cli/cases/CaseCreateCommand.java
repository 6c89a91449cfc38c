package org.sightline.cli.cases;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sightline case create <folder> --name N}: makes a new, empty case. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a new case in a folder.")
public final class CaseCreateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "New or empty folder for the case.")
    private Path folder;

    @Option(names = "--name", required = true, description = "The case's name.")
    private String name;

    @Override
    public Integer call() {
        try (CaseStore store = Cases.create(folder, name)) {
            spec.commandLine().getOut().printf("Created case '%s' in %s%n", store.info().name(), store.info().folder());
        }
        return 0;
    }
}
