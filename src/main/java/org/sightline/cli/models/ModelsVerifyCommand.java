package org.sightline.cli.models;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.sightline.core.models.FileCheck;
import org.sightline.core.models.ModelEntry;
import org.sightline.core.models.ModelFile;
import org.sightline.core.models.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sightline models verify}: hashes every present model file; exit code 1 on any bad file. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Hash every present model file (models folder and mirror) and compare it with the catalog. "
                + "Exit code 1 if any file has the wrong size or SHA-256.")
public final class ModelsVerifyCommand implements Callable<Integer> {
    @ParentCommand
    private ModelsCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Models to check (default: all).")
    private List<String> ids = List.of();

    @Override
    public Integer call() {
        ModelStore store = parent.store();
        PrintWriter out = spec.commandLine().getOut();
        List<ModelEntry> models = ids.isEmpty() ? store.catalog().models()
                : ids.stream().map(store.catalog()::require).toList();
        int ok = 0;
        int bad = 0;
        int missing = 0;
        for (ModelEntry entry : models) {
            for (FileCheck check : store.checkPresentCopies(entry)) {
                if (check.ok()) {
                    ok++;
                    out.printf("OK        %s  %s  (%s)%n", entry.id(), check.path(), check.location().label());
                } else {
                    bad++;
                    out.printf("MISMATCH  %s  %s  (%s): %s%n", entry.id(), check.path(), check.location().label(),
                            check.detail());
                }
                out.flush();
            }
            for (ModelFile file : entry.files()) {
                boolean anywhere = Files.exists(store.userPath(file))
                        || store.bundledDir().map(dir -> Files.exists(dir.resolve(file.path()))).orElse(false)
                        || store.mirrorDir().map(dir -> Files.exists(dir.resolve(file.path()))).orElse(false);
                if (!anywhere) {
                    missing++;
                    out.printf("MISSING   %s  %s%n", entry.id(), file.path());
                }
            }
        }
        out.printf("%d file(s) OK, %d mismatched, %d missing%n", ok, bad, missing);
        out.flush();
        return bad > 0 ? 1 : 0;
    }
}
