package org.sightline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.jobs.JobState;
import org.sightline.core.jobs.JobHandle;
import org.sightline.ui.fakes.InMemoryCaseGateway;
import org.sightline.ui.fakes.InMemoryCaseStore;
import org.sightline.ui.viewer.ViewerViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {
    private static final Path CASE_FOLDER = Path.of("/cases/harbour-2024");

    private final InMemoryCaseGateway gateway = new InMemoryCaseGateway();
    private final JobRunner runner = new JobRunner(2);
    private ShellViewModel shell;

    @Start
    void start(Stage stage) {
        InMemoryCaseStore store = gateway.put(CASE_FOLDER, "Harbour 2024");
        store.addSource(SourceKind.VIDEO, Path.of("/footage/pier-cam-3.mp4"));
        store.addSource(SourceKind.FRAME_FOLDER, Path.of("/footage/gate-stills"));
        gateway.markRecent(CASE_FOLDER);
        shell = new ShellViewModel(new ShellServices(gateway, runner, new SimpleStringProperty("CPU")),
                Platform::runLater);
        ShellWindow.show(stage, shell, () -> { });
    }

    @AfterEach
    void stopRunner() {
        runner.close();
    }

    @Test
    void showsEmptyStatesWhenNoCaseIsOpen(FxRobot robot) {
        assertEquals(ViewerViewModel.NO_CASE, robot.lookup("#viewerEmptyMessage").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#inspectorEmptyMessage").queryAs(Label.class).isVisible());
        assertEquals("Select a person to inspect", robot.lookup("#inspectorEmptyMessage").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#jobsEmptyMessage").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#searchField").queryAs(TextField.class).isDisabled());
        assertEquals("Compute: CPU", robot.lookup("#deviceLabel").queryAs(Label.class).getText());
    }

    @Test
    void openingARecentCaseShowsItsSourcesAndEnablesSearch(FxRobot robot) throws Exception {
        robot.clickOn("harbour-2024");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.cases().openProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Harbour 2024", robot.lookup("#caseName").queryAs(Label.class).getText());
        ListView<?> sources = robot.lookup("#sourcesList").queryAs(ListView.class);
        assertEquals(2, sources.getItems().size());
        // list cells are made in a layout pulse, which waitForFxEvents does not promise to include
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("pier-cam-3.mp4").tryQuery().isPresent()
                && robot.lookup("gate-stills").tryQuery().isPresent());
        assertTrue(robot.lookup("pier-cam-3.mp4").tryQuery().isPresent(), "video source row shown");
        assertTrue(robot.lookup("gate-stills").tryQuery().isPresent(), "image folder row shown");
        assertFalse(robot.lookup("#searchField").queryAs(TextField.class).isDisabled());
        assertEquals(ViewerViewModel.NOT_ANALYSED, robot.lookup("#viewerEmptyMessage").queryAs(Label.class).getText());
    }

    @Test
    void aCaseThatCannotBeOpenedIsExplainedInADialog(FxRobot robot) throws Exception {
        robot.interact(() -> shell.cases().openCase(Path.of("/cases/missing")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".sl-problem").tryQuery().isPresent());

        DialogPane dialog = robot.lookup(".sl-problem").queryAs(DialogPane.class);
        assertEquals("Could not open case", dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("/cases/missing"), dialog.getContentText());
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void ctrlFFocusesTheSearchField(FxRobot robot) throws Exception {
        robot.interact(() -> shell.cases().openCase(CASE_FOLDER));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.cases().openProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        robot.clickOn("#caseName");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(field.isFocused());

        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, field::isFocused);

        assertTrue(field.isFocused(), "Ctrl+F moves focus to the search field");
    }

    @Test
    void submittedJobShowsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        JobHandle<Void> handle = runner.submit("Detecting people in pier-cam-3.mp4", context -> {
            for (long frame = 0; ; frame++) {
                context.throwIfCancelled();
                context.progress(Math.min(frame, 999), 1000, "frame " + frame);
                Thread.sleep(5);
            }
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".sl-job-progress").tryQuery()
                .map(bar -> ((ProgressBar) bar).getProgress() > 0).orElse(false));
        assertTrue(robot.lookup("Detecting people in pier-cam-3.mp4").tryQuery().isPresent());

        robot.clickOn(".sl-job-cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> handle.status().state() == JobState.CANCELLED);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".sl-job-state").tryQuery()
                .map(label -> "Cancelled".equals(((Label) label).getText())).orElse(false));
    }
}
