package org.sightline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.footage.IdentitySummary;
import org.sightline.core.jobs.JobState;
import org.sightline.ui.fakes.RecordingCaseStore;
import org.sightline.ui.tuning.TuningPort;

/**
 * Closing a case while its short jobs wait or run (main window's state, real case and one-thread job
 * runner): waiting ones are cancelled and never touch the store; a running identity edit or label
 * correction is saved before the store closes. Either way nothing is reported as a problem and the
 * status line names what was stopped.
 */
class CaseCloseStopsCaseEditsTest {
    @TempDir
    Path temp;

    @Test
    void waitingEditsAndSearchesAreCancelledAndNeverRun() throws Exception {
        Path csv = Files.writeString(temp.resolve("labels.csv"), "file,carryingBackpack\np000.png,1\n");
        try (ClosingShell window = new ClosingShell(temp, TuningPort.none())) {
            RecordingCaseStore store = window.open();
            int people = window.onUi(() -> window.shell.footage().identities().identities().size());
            DetectionRow someone = new Footage(store).detection(new Footage(store).appearances(
                    window.onUi(() -> window.shell.footage().identities().identities().getFirst().id()))
                    .getFirst().detectionId()).orElseThrow();
            CountDownLatch busy = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            window.runner.submit("Something else", context -> {
                busy.countDown();
                return release.await(20, TimeUnit.SECONDS);
            });
            assertTrue(busy.await(10, TimeUnit.SECONDS));
            window.onUi(() -> {
                List<IdentitySummary> two = window.shell.footage().identities().identities().subList(0, 2);
                window.shell.footage().identities().choose(List.copyOf(two));
                window.shell.footage().identities().mergeChosen();
                window.shell.people().labels().importCsv(store, BuiltInSchemas.sightlineDefault(), "tester", csv, () -> { });
                window.shell.footage().find().findLike(someone);
                window.shell.search().queryProperty().set("red coat");
                assertTrue(window.shell.search().search());
                return null;
            });

            assertEquals("Closing People test: stopping 1 label import, 1 identity edit, 1 person search, "
                    + "1 description search…", window.closeCase());
            assertFalse(store.isClosed(), "the store waits for the cancelled jobs to end");
            release.countDown();
            assertEquals("Case closed", window.awaitClosed());
            for (String job : List.of("Merging people", "Importing labels", "Finding people like", "Searching by description")) {
                assertEquals(JobState.CANCELLED, window.stateAtClose(job), job);
            }
            assertEquals(List.of(), window.problems());
            assertEquals(0, window.descriptionSearches.get(), "the cancelled search never ran");
            assertFalse(window.onUi(() -> window.shell.search().runningProperty().get()), "the search bar is usable again");
            assertFalse(window.onUi(() -> window.shell.footage().identities().busyProperty().get()));
            try (CaseStore reopened = Cases.open(temp.resolve("case"))) {
                assertEquals(0, count(reopened, "identity_corrections"));
                assertEquals(0, count(reopened, "label_corrections"));
                assertEquals(people, new Footage(reopened).identities().size(), "the people are as they were");
            }
        }
    }

    @Test
    void aRunningIdentityEditIsSavedBeforeTheStoreCloses() throws Exception {
        try (ClosingShell window = new ClosingShell(temp, TuningPort.none())) {
            RecordingCaseStore store = window.open();
            int people = window.onUi(() -> window.shell.footage().identities().identities().size());
            RecordingCaseStore.Gate held = store.holdNextWrite("sightline-job");
            window.onUi(() -> {
                window.shell.footage().identities().choose(List.copyOf(
                        window.shell.footage().identities().identities().subList(0, 2)));
                return window.shell.footage().identities().mergeChosen();
            });
            held.awaitReached();

            assertEquals("Closing People test: stopping 1 identity edit…", window.closeCase());
            assertFalse(store.isClosed(), "not closed under the running edit");
            held.release();
            assertEquals("Case closed", window.awaitClosed());
            assertEquals(JobState.SUCCEEDED, window.stateAtClose("Merging people"), "it had started: it was saved");
            assertEquals(List.of(), window.problems());
            try (CaseStore reopened = Cases.open(temp.resolve("case"))) {
                assertEquals(1, count(reopened, "identity_corrections"));
                assertEquals(people - 1, new Footage(reopened).identities().size(), "two people became one");
            }
        }
    }

    @Test
    void aLabelCorrectionBeingSavedIsSavedBeforeTheStoreCloses() throws Exception {
        try (ClosingShell window = new ClosingShell(temp, TuningPort.none())) {
            RecordingCaseStore store = window.open();
            long detection = window.onUi(() -> window.shell.people().gallery().items().getFirst().detectionId());
            window.onUi(() -> {
                window.shell.people().bars().show(store, detection);
                return null;
            });
            ClosingShell.waitFor("the attribute bars", () -> window.onUi(() -> !window.shell.people().bars().groups().isEmpty()));
            RecordingCaseStore.Gate held = store.holdNextWrite("sightline-case-io");
            window.onUi(() -> {
                window.shell.people().annotation().toggle("carryingBackpack");
                return null;
            });
            held.awaitReached();

            assertEquals("Closing People test: stopping 1 label correction…", window.closeCase());
            assertFalse(store.isClosed(), "not closed under the correction being saved");
            held.release();
            assertEquals("Backpack: no (by tester)", window.awaitClosed(), "the status says it was saved");
            assertEquals(List.of(), window.problems());
            try (CaseStore reopened = Cases.open(temp.resolve("case"))) {
                assertEquals(1, count(reopened, "label_corrections"), "the correction asked for is saved");
            }
        }
    }

    private static long count(CaseStore store, String table) {
        return store.read(c -> {
            try (var rows = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
