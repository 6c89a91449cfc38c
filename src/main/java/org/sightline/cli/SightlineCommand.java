package org.sightline.cli;

import org.sightline.cli.attributes.AttributesCommand;
import org.sightline.cli.cases.CaseCommand;
import org.sightline.cli.doctor.DoctorCommand;
import org.sightline.cli.eval.EvalCommand;
import org.sightline.cli.find.FindCommand;
import org.sightline.cli.find.IdentitiesCommand;
import org.sightline.cli.ingest.IngestCommand;
import org.sightline.cli.models.ModelsCommand;
import org.sightline.cli.search.SearchCommand;
import org.sightline.cli.train.TrainCommand;
import org.sightline.cli.tune.TuneCommand;
import picocli.CommandLine.Command;

/** The root of {@code sightline <command> ...}; without a command the desktop window opens instead. */
@Command(name = "sightline", mixinStandardHelpOptions = true, version = "Sightline 0.1.0",
        description = "Find people in footage: detection, re-identification, attributes and description search.",
        subcommands = {CaseCommand.class, IngestCommand.class, FindCommand.class, IdentitiesCommand.class,
                AttributesCommand.class, SearchCommand.class, EvalCommand.class, TrainCommand.class, TuneCommand.class,
                ModelsCommand.class, DoctorCommand.class})
public final class SightlineCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }
}
