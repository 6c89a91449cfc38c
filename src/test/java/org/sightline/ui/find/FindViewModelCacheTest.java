package org.sightline.ui.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.footage.SyntheticReid;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.pipeline.FakeReidEngines;
import org.sightline.core.pipeline.RgbImageFiles;
import org.sightline.core.pipeline.SessionEmbedders;
import org.sightline.ui.common.Problem;

/** Repeated "find this person" queries reuse the open model and loaded vectors, never stale ones. */
class FindViewModelCacheTest {
    @TempDir
    Path dir;
    final Random random = new Random(11);
    final ExecutorService ui = Executors.newSingleThreadExecutor();
    final JobRunner jobs = new JobRunner(1);
    final ObservableList<Problem> problems = FXCollections.observableArrayList();
    final FakeReidEngines engines = new FakeReidEngines(SyntheticReid.MODEL.sha256(), 0);
    final SessionEmbedders embedders = new SessionEmbedders(engines);
    final FindViewModel find = new FindViewModel(jobs, embedders, ui, row -> { }, problems);
    CaseStore store;
    Source camera;
    Path picture;

    @BeforeEach
    void caseOfThirtyPeopleAndAPicture() throws Exception {
        store = Cases.create(dir.resolve("case"), "find cache");
        camera = store.addSource(SourceKind.VIDEO, dir.resolve("camera.avi"));
        for (int i = 0; i < 30; i++) {
            SyntheticReid.addDetection(store, camera.id(), SyntheticReid.randomUnit(random));
        }
        picture = dir.resolve("person.png");
        BufferedImage image = new BufferedImage(16, 32, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(180, 40, 90));
        graphics.fillRect(0, 0, 16, 32);
        graphics.dispose();
        ImageIO.write(image, "png", picture.toFile());
        on(() -> {
            find.setCase(store);
            return null;
        });
    }

    @AfterEach
    void close() {
        jobs.close();
        embedders.close();
        store.close();
        ui.shutdownNow();
    }

    private <T> T on(Callable<T> work) throws Exception {
        return ui.submit(work).get(10, TimeUnit.SECONDS);
    }

    private List<FindViewModel.Match> search(Callable<java.util.concurrent.CompletableFuture<Void>> query)
            throws Exception {
        on(query).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(), List.copyOf(problems));
        return on(() -> List.copyOf(find.matches()));
    }

    @Test
    void severalPictureQueriesOpenTheModelOnce() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertEquals(30, search(() -> find.findLike(picture)).size());
        }
        assertEquals(1, engines.opened.size(), "opened once for four queries");
        assertEquals(4, engines.opened.getFirst().calls.get());
        assertTrue(!engines.opened.getFirst().closed, "kept open for the next query");
        embedders.close();
        assertTrue(engines.opened.getFirst().closed, "closed with the session");
    }

    @Test
    void aDetectionAddedAfterTheFirstQueryIsInTheNextQuerysResults() throws Exception {
        float[] pictureVector = FakeReidEngines.vectorOf(RgbImageFiles.read(picture));
        List<FindViewModel.Match> before = search(() -> find.findLike(picture));
        assertEquals(30, before.size());

        long added = SyntheticReid.addDetection(store, camera.id(), pictureVector.clone());
        List<FindViewModel.Match> after = search(() -> find.findLike(picture));
        assertEquals(31, after.size());
        assertEquals(added, after.getFirst().detection().id(), "the new detection looks exactly like the picture");
        assertEquals(1.0, after.getFirst().match().score(), 1e-5);

        DetectionRow first = new Footage(store).detections(List.of(1L)).getFirst();
        List<FindViewModel.Match> byDetection = search(() -> find.findLike(first));
        assertTrue(byDetection.stream().anyMatch(m -> m.detection().id() == added), "detection queries see it too");
        assertEquals(1, engines.opened.size(), "a case change reloads vectors, not the model");
    }

    @Test
    void anotherCaseIsSearchedWithItsOwnVectors() throws Exception {
        search(() -> find.findLike(picture));
        try (CaseStore other = Cases.create(dir.resolve("other"), "other")) {
            Source source = other.addSource(SourceKind.VIDEO, dir.resolve("other.avi"));
            long only = SyntheticReid.addDetection(other, source.id(), SyntheticReid.randomUnit(random));
            on(() -> {
                find.setCase(other);
                return null;
            });
            List<FindViewModel.Match> matches = search(() -> find.findLike(picture));
            assertEquals(List.of(only), matches.stream().map(m -> m.detection().id()).toList());
            on(() -> {
                find.setCase(store);
                return null;
            });
        }
        assertEquals(30, search(() -> find.findLike(picture)).size());
    }
}
