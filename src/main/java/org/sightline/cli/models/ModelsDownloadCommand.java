package org.sightline.cli.models;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.models.ModelEntry;
import org.sightline.core.models.ResolvedFile;
import org.sightline.core.models.ResolvedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sightline models download ID}: fetches a model into the models folder, progress on stderr. */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = "Download a model's files into the models folder, resuming an interrupted download, "
                + "and verify their SHA-256.")
public final class ModelsDownloadCommand implements Callable<Integer> {
    @ParentCommand
    private ModelsCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Model id, as shown by `sightline models list`.")
    private String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelEntry entry;
        try {
            entry = parent.store().catalog().require(id);
        } catch (IllegalArgumentException unknown) {
            err.println(unknown.getMessage());
            err.flush();
            return 2;
        }
        try {
            ResolvedModel model = parent.downloader().download(entry.id(), new StderrProgress(err));
            for (ResolvedFile file : model.files()) {
                out.printf("%s: %s (%s, SHA-256 verified)%n", entry.id(), file.path(), file.location().label());
            }
            out.flush();
            return 0;
        } catch (JobCancelledException cancelled) {
            err.println("Download of " + entry.id() + " cancelled; run the command again to resume.");
            err.flush();
            return 1;
        } catch (IOException failed) {
            err.println(failed.getMessage());
            err.flush();
            return 1;
        }
    }
}
