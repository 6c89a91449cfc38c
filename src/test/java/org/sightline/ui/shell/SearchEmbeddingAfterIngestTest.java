package org.sightline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;
import org.sightline.engine.pipeline.IngestFixture;
import org.sightline.engine.pipeline.ModelStoreEngines;
import org.sightline.ui.attributes.AttributeModelPort;
import org.sightline.ui.fakes.FolderCaseGateway;
import org.sightline.ui.fakes.QuietSearchPort;
import org.sightline.ui.search.SearchPort;

/**
 * The whole path from adding a gallery to description search: the import and re-ID embedding run with
 * the real models, the people are regrouped, and then the shell starts the search embedding of the new
 * crops on its own, without any search being typed.
 */
class SearchEmbeddingAfterIngestTest {
    @TempDir
    Path temp;

    private final JobRunner runner = new JobRunner(2);
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    /** Detections of the case that each search embedding job saw when it ran. */
    private final List<Long> embeddingRunsSaw = new CopyOnWriteArrayList<>();
    private ShellViewModel shell;

    @AfterEach
    void stop() throws Exception {
        if (shell != null) {
            onUi(() -> {
                shell.close();
                return null;
            });
        }
        runner.close();
        ui.shutdownNow();
    }

    @Test
    void anIngestedGalleryIsEmbeddedForSearchWithoutASearch() throws Exception {
        Path gallery = marketCrops(4);
        ModelStoreEngines engines = IngestFixture.engines(temp.resolve("home"));
        Path folder = temp.resolve("case");
        Cases.create(folder, "Gallery").close();
        shell = onUi(() -> new ShellViewModel(new ShellServices(new FolderCaseGateway(folder), runner, new SimpleStringProperty("CPU"),
                AttributeModelPort.none(), "tester", engines, this::countingPort), ui::execute));
        onUi(() -> {
            shell.cases().openCase(folder);
            return null;
        });
        await(() -> onUi(() -> shell.cases().openProperty().get()), "the case to open");

        onUi(() -> shell.cases().addSource(SourceKind.IMAGE_GALLERY, gallery));

        await(() -> embeddingRunsSaw.stream().anyMatch(seen -> seen == 4), "a search embedding that sees the 4 crops");
        assertEquals(4L, embeddingRunsSaw.stream().filter(seen -> seen > 0).findFirst().orElseThrow(),
                "no embedding ran before the crops were in: " + embeddingRunsSaw);
        // this shell has no attribute model, so its attribute scoring after the ingest fails on purpose
        assertTrue(onUi(() -> shell.cases().problems().stream().allMatch(p -> p.title().contains("ttribute"))),
                () -> shell.cases().problems().toString());
    }

    /** A search port whose embedding job records how many detections the case holds when it runs. */
    private SearchPort countingPort(CaseStore store) {
        return new QuietSearchPort() {
            @Override
            public Optional<Job<?>> embeddingJob() {
                return Optional.of(context -> {
                    long detections = 0;
                    for (Source source : store.sources()) {
                        detections += new Footage(store).counts(source.id()).detections();
                    }
                    embeddingRunsSaw.add(detections);
                    return null;
                });
            }

            @Override
            public SearchResults search(SearchRequest request) {
                throw new AssertionError("no search is typed in this test");
            }
        };
    }

    private Path marketCrops(int count) throws Exception {
        Path images = IngestFixture.data("market-dev/images");
        Path gallery = Files.createDirectories(temp.resolve("gallery"));
        try (var files = Files.list(images)) {
            for (Path crop : files.filter(f -> f.toString().endsWith(".jpg")).sorted().limit(count).toList()) {
                Files.copy(crop, gallery.resolve(crop.getFileName()));
            }
        }
        return gallery;
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get(30, TimeUnit.SECONDS);
    }

    private static void await(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
