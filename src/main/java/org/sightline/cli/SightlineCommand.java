package org.sightline.cli;

import org.sightline.cli.cases.CaseCommand;
import org.sightline.cli.doctor.DoctorCommand;
import org.sightline.cli.models.ModelsCommand;
import picocli.CommandLine.Command;

/** The root of {@code sightline <command> ...}; without a command the desktop window opens instead. */
@Command(name = "sightline", mixinStandardHelpOptions = true, version = "Sightline 0.1.0",
        description = "Find people in footage: detection, re-identification, attributes and description search.",
        subcommands = {ModelsCommand.class, CaseCommand.class, DoctorCommand.class})
public final class SightlineCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }
}
