package org.sightline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.store.CaseDetections;
import org.sightline.core.attributes.store.LabelCorrections;
import org.sightline.core.attributes.store.LabelValue;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.jobs.JobRunner;
import org.sightline.ui.attributes.AttributeModelPort;
import org.sightline.ui.attributes.PeopleCase;
import org.sightline.ui.cases.CaseGateway;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The crop grid, inspector bars and annotation keys on a real case on disk. */
@ExtendWith(ApplicationExtension.class)
class PeopleUiTest {
    @TempDir
    Path temp;

    private final JobRunner runner = new JobRunner(2);
    private ShellViewModel shell;
    private Path caseFolder;
    private List<Long> ids;

    @Start
    void start(Stage stage) throws Exception {
        try (CaseStore store = PeopleCase.create(temp, 10)) {
            caseFolder = store.info().folder();
            ids = new CaseDetections(store).all().stream().map(CaseDetections.Row::detectionId).toList();
        }
        CaseGateway gateway = new CaseGateway() {
            @Override
            public CaseStore create(Path folder, String name) {
                return Cases.create(folder, name);
            }

            @Override
            public CaseStore open(Path folder) {
                return Cases.open(folder);
            }

            @Override
            public List<Path> recentCases() {
                return List.of();
            }
        };
        shell = new ShellViewModel(new ShellServices(gateway, runner, new SimpleStringProperty("CPU"),
                AttributeModelPort.none(), "ana"), Platform::runLater);
        ShellWindow.show(stage, shell, () -> { });
    }

    @AfterEach
    void closeAll() throws Exception {
        WaitForAsyncUtils.asyncFx(shell::close).get(30, TimeUnit.SECONDS);
        runner.close();
    }

    private void openCase(FxRobot robot) throws Exception {
        robot.interact(() -> shell.cases().openCase(caseFolder));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#crop-" + ids.getFirst()).tryQuery().isPresent());
    }

    private String value(FxRobot robot, String token) {
        return robot.lookup("#attr-value-" + token).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    @Test
    void selectingACropFillsTheBarsAndTheToggleKeyCorrectsWithUndo(FxRobot robot) throws Exception {
        openCase(robot);
        robot.clickOn("#crop-" + ids.getFirst());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> value(robot, "carryingBackpack").equals("90%"));
        assertEquals("0%", value(robot, "personalFemale"));
        assertEquals("not scored", value(robot, "upperBodyRed"));
        assertEquals("Scored by crossroad-0230 (Intel)", robot.lookup("#predictorName").queryAs(Label.class).getText());

        robot.interact(() -> {
            shell.people().annotation().activeProperty().set(true);
            shell.people().bars().focusedIndexProperty().set(BuiltInSchemas.sightlineDefault().tokens()
                    .indexOf("carryingBackpack"));
        });
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> value(robot, "carryingBackpack").equals("no · model 90%"));
        assertTrue(robot.lookup("#attr-name-carryingBackpack").queryAs(Label.class).getStyleClass()
                .contains("sl-attr-corrected"));
        assertEquals(LabelValue.NO, corrections().latest(ids.getFirst()).get("carryingBackpack").value());
        assertEquals("ana", corrections().latest(ids.getFirst()).get("carryingBackpack").author());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> value(robot, "carryingBackpack").equals("90%"));
        assertEquals(LabelValue.UNSET, corrections().latest(ids.getFirst()).get("carryingBackpack").value());

        robot.type(KeyCode.J);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> value(robot, "carryingBackpack").equals("10%"));
    }

    @Test
    void aFilterConditionNarrowsTheGrid(FxRobot robot) throws Exception {
        openCase(robot);
        assertEquals("10 person crops", robot.lookup("#galleryCount").queryAs(Label.class).getText());
        robot.interact(() -> shell.people().gallery().filter().add(BuiltInSchemas.sightlineDefault()
                .find("personalFemale").orElseThrow()).thresholdProperty().set(0.5));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "5 of 10 person crops".equals(
                robot.lookup("#galleryCount").queryAs(Label.class).getText()));
        // the grid's cells follow in a layout pulse, which waitForFxEvents does not promise to include
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#crop-" + ids.getFirst()).tryQuery().isEmpty());
        assertTrue(robot.lookup("#crop-" + ids.getFirst()).tryQuery().isEmpty(), "crop 0 (female 0%) is filtered out");
        assertTrue(robot.lookup("#crop-" + ids.getLast()).tryQuery().isPresent(), "crop 9 (female 100%) stays");
        assertTrue(robot.lookup("#chip-personalFemale").tryQuery().isPresent(), "the condition shows as a chip");
    }

    private LabelCorrections corrections() {
        return new LabelCorrections(shell.cases().storeProperty().get());
    }
}
