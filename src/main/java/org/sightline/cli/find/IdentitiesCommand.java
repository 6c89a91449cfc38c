package org.sightline.cli.find;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sightline.cli.ingest.CaseArguments;
import org.sightline.cli.ingest.CommandFailure;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.CaseStoreException;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.footage.IdentitySummary;
import org.sightline.core.pipeline.identity.GroupingResult;
import org.sightline.core.pipeline.identity.IdentityEditor;
import org.sightline.core.pipeline.identity.IdentityGrouping;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sightline identities}: lists, regroups and corrects the people of a case. */
@Command(name = "identities", mixinStandardHelpOptions = true,
        description = "List the people (identities) of a case; regroup them, merge two, or split a track out of one. "
                + "Corrections are kept and respected by every later regrouping.")
public final class IdentitiesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    private Path caseFolder;

    @ArgGroup(exclusive = true)
    private Action action;

    static final class Action {
        @Option(names = "--regroup", description = "Group all tracks of the case into identities again.")
        boolean regroup;

        @Option(names = "--merge", arity = "2", paramLabel = "ID", description = "Two identities are one person.")
        long[] merge;

        @Option(names = "--split", paramLabel = "TRACK", description = "This track is not the person of its identity.")
        Long split;
    }

    @Option(names = "--threshold", paramLabel = "D", description = "Cosine distance up to which tracks group "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "" + IdentityGrouping.DEFAULT_MAX_COSINE_DISTANCE)
    private double threshold;

    @Option(names = "--author", defaultValue = "${sys:user.name}", description = "Name saved with a correction.")
    private String author;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CaseStore store = CaseArguments.open(caseFolder, false)) {
            IdentityGrouping grouping = new IdentityGrouping(threshold);
            GroupingResult result = null;
            if (action != null && action.regroup) {
                result = grouping.regroup(store);
            } else if (action != null && action.merge != null) {
                result = new IdentityEditor(store, grouping).merge(action.merge[0], action.merge[1], author);
            } else if (action != null && action.split != null) {
                result = new IdentityEditor(store, grouping).split(action.split, author);
            }
            if (result != null) {
                out.printf("%d identities from %d tracks (%d new)%n", result.identities(), result.tracklets(),
                        result.newIdentities());
            }
            out.println("identity  detections  tracks  sources  thumbnail");
            for (IdentitySummary identity : new Footage(store).identities()) {
                out.printf("%8d  %10d  %6d  %-7s  %s%n", identity.id(), identity.detections(), identity.tracks(),
                        identity.sourceIds().toString().replace(" ", ""),
                        identity.representativeThumbnail().map(Path::toString).orElse("-"));
            }
            return 0;
        } catch (CommandFailure failure) {
            err.println("ERROR: " + failure.getMessage());
            return failure.exitCode();
        } catch (CaseStoreException | IllegalArgumentException | IllegalStateException e) {
            err.println("ERROR: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
