package org.sightline.ui.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.IdentitySummary;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.jobs.JobRunner;
import org.sightline.ui.fakes.PetsFootage;
import org.sightline.ui.fakes.FolderCaseGateway;
import org.sightline.ui.shell.ShellServices;
import org.sightline.ui.shell.ShellViewModel;
import org.sightline.ui.shell.ShellWindow;
import org.sightline.ui.timeline.TimelineMark;
import org.sightline.ui.timeline.TimelineStrip;
import org.sightline.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on the real PETS case: boxes drawn over a frame, the people gallery, timeline clicks. */
@ExtendWith(ApplicationExtension.class)
class FootageUiTest {
    private final JobRunner runner = new JobRunner(2);
    private ShellViewModel shell;

    @Start
    void start(Stage stage) {
        Path folder = PetsFootage.folder();
        shell = new ShellViewModel(new ShellServices(new FolderCaseGateway(folder), runner, new SimpleStringProperty("CPU"),
                PetsFootage.engines()), Platform::runLater);
        ShellWindow.show(stage, shell, () -> { });
        shell.cases().openCase(folder);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(shell::close).get(30, TimeUnit.SECONDS);
        runner.close();
    }

    private void showVideo() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shell.cases().sources().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> shell.cases().selectedSourceProperty().set(shell.cases().sources().getFirst()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.footage().viewer().frameIndexProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theViewerDrawsTheBoxesOfTheShownFrame(FxRobot robot) throws Exception {
        showVideo();
        Canvas overlay = robot.lookup("#frameOverlay").queryAs(Canvas.class);
        javafx.scene.layout.Pane stage = robot.lookup("#frameStage").queryAs(javafx.scene.layout.Pane.class);
        // The overlay is repainted on the FX thread whenever the boxes or the stage's size change: read the
        // boxes, the size and the pixels in one FX task, so that they belong together however late the layout is.
        record Drawn(List<DetectionRow> boxes, double width, double height, WritableImage image) {
        }
        Drawn shown = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.SnapshotParameters clear = new javafx.scene.SnapshotParameters();
            clear.setFill(javafx.scene.paint.Color.TRANSPARENT);
            return new Drawn(List.copyOf(shell.footage().viewer().boxes()), stage.getWidth(), stage.getHeight(),
                    overlay.snapshot(clear, null));
        }).get(30, TimeUnit.SECONDS);
        List<DetectionRow> boxes = shown.boxes();
        WritableImage drawn = shown.image();
        assertFalse(boxes.isEmpty());
        BoundingBox box = boxes.getFirst().box();
        BoxPainter.Fit fit = BoxPainter.Fit.of(480, 360, shown.width(), shown.height());
        int edgeX = (int) Math.round(fit.x() + box.x() * fit.scale());
        int middleY = (int) Math.round(fit.y() + (box.y() + box.height() / 2) * fit.scale());
        int insideX = (int) Math.round(fit.x() + (box.x() + box.width() / 2) * fit.scale());
        double edge = 0;
        for (int x = edgeX - 2; x <= edgeX + 2; x++) {
            edge = Math.max(edge, drawn.getPixelReader().getColor(x, middleY).getOpacity());
        }
        assertTrue(edge > 0.5, "a line on the box's left edge near x " + edgeX + " of " + drawn.getWidth());
        assertEquals(0, drawn.getPixelReader().getColor(insideX, middleY).getOpacity(), 0.01, "the box's inside is clear");
    }

    @Test
    void theGalleryListsThePeopleAndATimelineMarkMovesTheViewer(FxRobot robot) throws Exception {
        showVideo();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shell.footage().identities().identities().isEmpty());
        @SuppressWarnings("unchecked")
        ListView<IdentitySummary> gallery = robot.lookup("#identityGallery").queryAs(ListView.class);
        assertEquals(List.copyOf(shell.footage().identities().identities()), List.copyOf(gallery.getItems()));
        IdentitySummary person = gallery.getItems().getFirst();
        // the cards are made in a layout pulse, which waitForFxEvents does not promise to include
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("Person " + person.id()).tryQuery().isPresent());
        assertTrue(robot.lookup("Person " + person.id()).tryQuery().isPresent(), "a card names the person");
        WaitForAsyncUtils.asyncFx(() -> gallery.getSelectionModel().select(person)).get(30, TimeUnit.SECONDS);
        // strips and title are set together once this person's marks are read (the identity is set at once)
        String loaded = "Person " + person.id() + " — seen in";
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shell.footage().timeline().strips().isEmpty()
                && shell.footage().timeline().identityProperty().get() == person.id()
                && shell.footage().timeline().titleProperty().get().startsWith(loaded));

        TimelineStrip strip = shell.footage().timeline().strips().getFirst();
        TimelineMark target = strip.marks().getLast();
        Canvas canvas = robot.lookup("#timelineStrip-" + strip.source().id()).queryAs(Canvas.class);
        // the canvas starts 10 px wide and takes its row's width in the first layout pulse
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> canvas.getParent() != null && canvas.getWidth() > 10
                && canvas.getWidth() == ((javafx.scene.layout.Region) canvas.getParent()).getWidth());
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> canvas.localToScreen(
                TimelineView.xOf(strip, target.frameIndex(), canvas.getWidth()), canvas.getHeight() / 2))
                .get(30, TimeUnit.SECONDS);
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> shell.footage().viewer().frameIndexProperty().get() == target.frameIndex());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.footage().viewer().selectedProperty().get() != null);
        assertEquals(target.detectionId(), shell.footage().viewer().selectedProperty().get().id());
    }
}
