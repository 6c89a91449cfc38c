package org.sightline.ui.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.tuning.CasePacks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Tune prompts" dialog's two pack choosers each list only the case's packs of their kind. */
@ExtendWith(ApplicationExtension.class)
class TuningDialogPacksUiTest {

    @TempDir
    static Path temp;

    private final JobRunner runner = new JobRunner(1);
    private CaseStore store;
    private Stage owner;
    private Stage dialog;

    @Start
    void start(Stage stage) throws Exception {
        store = Cases.create(temp.resolve("case"), "packs case");
        CasePacks packs = new CasePacks(store);
        packs.add("office", FakeTuningPort.attributePack(), FakeTuningPort.BASE);
        packs.add("lobby", FakeTuningPort.attributePack(), FakeTuningPort.BASE);
        packs.add("market-ids", FakeTuningPort.searchPack(), FakeTuningPort.BASE);
        // an owner of its own: resizing TestFX's shared primary stage would shrink it for the UI test
        // classes that run after this one (their clicks and pixel checks then miss)
        owner = new Stage();
        owner.setScene(new Scene(new Pane(), 100, 100));
        owner.show();
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null) {
            WaitForAsyncUtils.asyncFx(dialog::close).get(10, TimeUnit.SECONDS);
        }
        WaitForAsyncUtils.asyncFx(owner::close).get(10, TimeUnit.SECONDS);
        runner.close();
        store.close();
    }

    @Test
    void eachChooserOffersOnlyPacksOfItsKind(FxRobot robot) throws Exception {
        dialog = WaitForAsyncUtils.asyncFx(() -> TuningDialog.show(owner,
                new TuningViewModel(new FakeTuningPort(), runner, Platform::runLater, () -> store))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> attributes = robot.lookup("#activePack").queryAs(ComboBox.class);
        ComboBox<?> search = robot.lookup("#searchPack").queryAs(ComboBox.class);
        assertEquals(List.of("lobby", "office"), List.copyOf(attributes.getItems()));
        assertEquals(List.of("market-ids"), List.copyOf(search.getItems()));
    }
}
