package org.sightline.ui.shell;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Stage;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.jobs.JobRunner;
import org.sightline.ui.fakes.InMemoryCaseGateway;
import org.sightline.ui.fakes.InMemoryCaseStore;
import org.sightline.ui.inspector.Appearance;
import org.sightline.ui.inspector.AttributeScore;
import org.sightline.ui.inspector.PersonDetails;

/**
 * Opens the shell on in-memory cases, for looking at it (screenshots under Xvfb). Not a test.
 * Argument "empty" shows the start state; anything else opens a case with sources, jobs and a person.
 */
public final class ShellPreview {
    public static void main(String[] args) {
        boolean empty = args.length > 0 && args[0].equals("empty");
        InMemoryCaseGateway gateway = new InMemoryCaseGateway();
        Path folder = Path.of("/home/analyst/Cases/Harbour robbery 2024-05-14");
        InMemoryCaseStore store = gateway.put(folder, "Harbour robbery 2024-05-14");
        store.addSource(SourceKind.VIDEO, Path.of("/evidence/pier/pier-cam-3_2024-05-14_2100.mp4"));
        store.addSource(SourceKind.VIDEO, Path.of("/evidence/pier/pier-cam-4_2024-05-14_2100.mp4"));
        store.addSource(SourceKind.FRAME_FOLDER, Path.of("/evidence/gate/gate-stills"));
        gateway.markRecent(Path.of("/home/analyst/Cases/Tram depot 2024-03-02"));
        gateway.markRecent(folder);
        JobRunner runner = new JobRunner(3);
        Platform.startup(() -> {
            ShellViewModel shell = new ShellViewModel(new ShellServices(gateway, runner,
                    new SimpleStringProperty("CUDA 0 — NVIDIA H100 (preview)")), Platform::runLater);
            ShellWindow.show(new Stage(), shell, Platform::exit);
            if (!empty) {
                populate(shell, runner, folder);
            }
        });
    }

    private static void populate(ShellViewModel shell, JobRunner runner, Path folder) {
        shell.cases().openCase(folder);
        runner.submit("Detecting people in pier-cam-3_2024-05-14_2100.mp4", context -> {
            for (long frame = 0; frame < 100_000; frame++) {
                context.throwIfCancelled();
                context.progress(frame / 20 + 1200, 9000, "frame " + (frame / 20 + 1200) + " of 9000");
                Thread.sleep(50);
            }
            return null;
        });
        runner.submit("Indexing gate-stills", context -> {
            context.progress(0, -1, "reading folder");
            Thread.sleep(600_000);
            return null;
        });
        runner.submit("Adding pier-cam-4_2024-05-14_2100.mp4", context -> null);
        shell.inspector().select(new PersonDetails("Person 17", null,
                List.of(new AttributeScore("Female", 0.91), new AttributeScore("Long coat", 0.78),
                        new AttributeScore("Backpack", 0.64), new AttributeScore("Hat", 0.08)),
                List.of(new Appearance("pier-cam-3", 1432, Duration.ofSeconds(57)),
                        new Appearance("pier-cam-4", 2210, Duration.ofSeconds(88)))));
    }
}
