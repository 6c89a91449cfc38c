package org.sightline.cli.models;

import org.sightline.core.models.ByteSizes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sightline.core.models.ModelEntry;
import org.sightline.core.models.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sightline models list}: one row per catalogued model with where its files were found. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Show every catalogued model: id, role, engine, size and whether it is available.")
public final class ModelsListCommand implements Callable<Integer> {
    private static final String ROW = "%-34s %-21s %-12s %-10s %s%n";

    @ParentCommand
    private ModelsCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ModelStore store = parent.store();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(ROW, "ID", "ROLE", "ENGINE", "SIZE", "STATUS");
        for (ModelEntry entry : store.catalog().models()) {
            out.printf(ROW, entry.id(), entry.role().jsonName(), entry.engine().jsonName(),
                    ByteSizes.human(entry.totalSize()), store.overallState(entry).label());
        }
        out.println();
        out.println("Models folder: " + store.userModelsDir());
        store.bundledDir().ifPresent(dir -> out.println("Bundled models: " + dir));
        out.println("Mirror folder: " + store.mirrorDir().map(Object::toString)
                .orElse("none (set " + ModelStore.MIRROR_ENV + " or -D" + ModelStore.MIRROR_PROPERTY + ")"));
        out.flush();
        return 0;
    }

}
