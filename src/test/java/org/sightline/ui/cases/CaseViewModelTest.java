package org.sightline.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.jobs.JobRunner;
import org.sightline.ui.common.Problem;
import org.sightline.ui.fakes.InMemoryCaseGateway;
import org.sightline.ui.fakes.InMemoryCaseStore;

class CaseViewModelTest {
    private static final Path FOLDER = Path.of("/cases/harbour");

    private final InMemoryCaseGateway gateway = new InMemoryCaseGateway();
    private final JobRunner runner = new JobRunner(2);
    /** Stands in for the UI thread: the test drains it, so results land on the test's thread. */
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final Executor uiThread = uiQueue::add;
    private final CaseViewModel cases = new CaseViewModel(gateway, runner, uiThread);

    @AfterEach
    void stop() {
        runner.close();
    }

    private void runNextUiTask() throws InterruptedException {
        Runnable task = uiQueue.poll(30, TimeUnit.SECONDS);
        if (task == null) {
            throw new AssertionError("no result reached the UI thread within 30 s");
        }
        task.run();
    }

    @Test
    void openingACaseRunsOffTheUiThreadAndShowsItsSources() throws Exception {
        InMemoryCaseStore store = gateway.put(FOLDER, "Harbour");
        store.addSource(SourceKind.VIDEO, Path.of("/footage/cam1.mp4"));

        cases.openCase(FOLDER);
        assertTrue(cases.busyProperty().get());
        assertFalse(cases.openProperty().get(), "nothing changes before the job's result arrives");
        runNextUiTask();

        assertTrue(cases.openProperty().get());
        assertFalse(cases.busyProperty().get());
        assertEquals("Harbour", cases.caseNameProperty().get());
        assertEquals(List.of(Path.of("/footage/cam1.mp4")), cases.sources().stream().map(Source::path).toList());
        assertEquals(List.of(FOLDER), cases.recentCases());
        assertEquals(List.of("sightline-job"), gateway.openedOnThreads());
    }

    @Test
    void failedOpenIsReportedWithTheFolder() throws Exception {
        cases.openCase(Path.of("/nowhere/case"));
        runNextUiTask();

        assertFalse(cases.openProperty().get());
        assertEquals(1, cases.problems().size());
        Problem problem = cases.problems().getFirst();
        assertEquals("Could not open case", problem.title());
        assertTrue(problem.detail().contains("/nowhere/case"), problem.detail());
        assertTrue(problem.detail().contains("case.db is missing"), problem.detail());
    }

    @Test
    void creatingACaseOpensIt() throws Exception {
        cases.createCase(Path.of("/cases/new"), "  Tram depot  ");
        runNextUiTask();

        assertEquals("Tram depot", cases.caseNameProperty().get());
        assertTrue(cases.sources().isEmpty());
    }

    @Test
    void creatingACaseWithoutANameIsRefusedWithoutAJob() {
        cases.createCase(Path.of("/cases/new"), " ");

        assertEquals("Could not create case", cases.problems().getFirst().title());
        assertTrue(runner.jobs().isEmpty());
    }

    @Test
    void addingASourceRefreshesTheList() throws Exception {
        gateway.put(FOLDER, "Harbour");
        cases.openCase(FOLDER);
        runNextUiTask();

        cases.addSource(SourceKind.FRAME_FOLDER, Path.of("/footage/stills"));
        runNextUiTask();

        assertEquals(1, cases.sources().size());
        assertEquals(SourceKind.FRAME_FOLDER, cases.sources().getFirst().kind());
    }

    @Test
    void aRejectedSourceIsReportedWithItsPath() throws Exception {
        gateway.put(FOLDER, "Harbour").addSource(SourceKind.VIDEO, Path.of("/footage/cam1.mp4"));
        cases.openCase(FOLDER);
        runNextUiTask();

        cases.addSource(SourceKind.VIDEO, Path.of("/footage/cam1.mp4"));
        runNextUiTask();

        assertEquals(1, cases.sources().size());
        assertEquals("Could not add source", cases.problems().getFirst().title());
        assertTrue(cases.problems().getFirst().detail().contains("/footage/cam1.mp4"));
    }

    @Test
    void closingReleasesTheStore() throws Exception {
        InMemoryCaseStore store = gateway.put(FOLDER, "Harbour");
        cases.openCase(FOLDER);
        runNextUiTask();

        cases.closeCase();
        assertFalse(cases.openProperty().get(), "the case leaves the UI at once");
        runNextUiTask();

        assertTrue(store.isClosed(), "the store closes off the UI thread, which then hears of it");
        assertFalse(cases.openProperty().get());
        assertTrue(cases.sources().isEmpty());
        assertEquals("", cases.caseNameProperty().get());
    }

    @Test
    void openingAnotherCaseClosesThePreviousOne() throws Exception {
        InMemoryCaseStore first = gateway.put(FOLDER, "Harbour");
        gateway.put(Path.of("/cases/depot"), "Depot");
        cases.openCase(FOLDER);
        runNextUiTask();

        cases.openCase(Path.of("/cases/depot"));
        runNextUiTask();
        runNextUiTask();

        assertTrue(first.isClosed());
        assertEquals("Depot", cases.caseNameProperty().get());
        assertEquals(List.of(Path.of("/cases/depot"), FOLDER), cases.recentCases());
    }
}
