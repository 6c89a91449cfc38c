package org.sightline.cli.cases;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sightline case add <case> <source>}: registers a video file or image folder in a case. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Register a video or image folder in a case.")
public final class CaseAddCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    private Path caseFolder;

    @Parameters(index = "1", paramLabel = "SOURCE", description = "A video file or a folder of images.")
    private Path source;

    @Option(names = "--kind", description = "VIDEO, FRAME_FOLDER or IMAGE_GALLERY (default: VIDEO for a file, "
            + "FRAME_FOLDER for a folder).")
    private SourceKind kind;

    @Override
    public Integer call() {
        Path absolute = source.toAbsolutePath().normalize();
        if (!java.nio.file.Files.exists(absolute)) {
            throw new IllegalArgumentException("Source " + absolute + " does not exist");
        }
        SourceKind chosen = kind != null ? kind
                : java.nio.file.Files.isDirectory(absolute) ? SourceKind.FRAME_FOLDER : SourceKind.VIDEO;
        try (CaseStore store = Cases.open(caseFolder)) {
            Source added = store.addSource(chosen, absolute);
            spec.commandLine().getOut().printf("Added source %d (%s) %s to case '%s'%n", added.id(), added.kind(),
                    added.path(), store.info().name());
        }
        return 0;
    }
}
