package org.sightline.cli.models;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.sightline.core.config.AppPaths;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelDownloader;
import org.sightline.core.models.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sightline models}: list, verify and download the models in the catalog. Output goes to the
 * CommandLine's out/err writers, so tests pass their own with {@code setOut}/{@code setErr}.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List, verify and download the detection, re-identification, attribute and CLIP models.",
        subcommands = {ModelsListCommand.class, ModelsVerifyCommand.class, ModelsDownloadCommand.class})
public final class ModelsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    private ModelStore store;
    private ModelDownloader downloader;

    /** Uses the application's folders, the mirror from property/environment, and the bundled catalog. */
    public ModelsCommand() {
    }

    public ModelsCommand(ModelStore store, ModelDownloader downloader) {
        this.store = store;
        this.downloader = downloader;
    }

    synchronized ModelStore store() {
        if (store == null) {
            store = ModelStore.forApp(AppPaths.fromEnvironment());
        }
        return store;
    }

    synchronized ModelDownloader downloader() {
        if (downloader == null) {
            downloader = ModelDownloader.withDefaultClient(store());
        }
        return downloader;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
