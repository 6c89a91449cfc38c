package org.sightline.cli.cases;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sightline.core.cases.CaseInfo;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sightline case info <folder>}: opens a case and prints its name, schema, health and sources. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Open a case and show what it holds.")
public final class CaseInfoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "The case folder.")
    private Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CaseStore store = Cases.open(folder)) {
            CaseInfo info = store.info();
            List<Source> sources = store.sources();
            out.printf("Case:      %s%n", info.name());
            out.printf("Folder:    %s%n", info.folder());
            out.printf("Created:   %s%n", info.created());
            out.printf("Schema:    %d%n", info.schemaVersion());
            out.printf("Integrity: %s%n", store.integrityCheck());
            out.printf("Sources:   %d%n", sources.size());
            for (Source source : sources) {
                out.printf("  %d  %-13s %s  (%s)%n", source.id(), source.kind(), source.label(), source.path());
            }
        }
        out.flush();
        return 0;
    }
}
