package org.sightline.cli.train;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sightline train}: trains Sightline's own models from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train Sightline's own models from labelled pedestrian crops.",
        subcommands = {TrainVlCommand.class})
public final class TrainCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
