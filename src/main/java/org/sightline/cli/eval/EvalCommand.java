package org.sightline.cli.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sightline eval}: measures models on labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure models on labelled data.",
        subcommands = {EvalAttributesCommand.class, EvalRetrievalCommand.class})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
