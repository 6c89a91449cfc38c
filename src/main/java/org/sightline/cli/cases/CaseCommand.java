package org.sightline.cli.cases;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sightline case}: create a case, add footage to it and show what it holds, without the window. */
@Command(name = "case", mixinStandardHelpOptions = true,
        description = "Create a case, add sources to it and show what it holds.",
        subcommands = {CaseCreateCommand.class, CaseAddCommand.class, CaseInfoCommand.class})
public final class CaseCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
