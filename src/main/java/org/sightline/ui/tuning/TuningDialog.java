package org.sightline.ui.tuning;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sightline.ui.common.Theme;

/**
 * "Tune prompts": the task (attributes: labelled folder or CSV and schema; description search: identity
 * folders) and epochs; a live chart of training loss and the task's validation metric (mA or R@1) per
 * epoch; the case's interrupted runs of either task to resume; before/after figures; adding the pack to
 * the open case; and the case's packs, one of which (or none) is active for attribute scoring and one
 * (or none) encodes the case's description-search queries (each chooser offers only packs of its kind).
 */
public final class TuningDialog {
    private TuningDialog() {
    }

    public static Stage show(Window owner, TuningViewModel model) {
        ComboBox<TuningTask> task = new ComboBox<>();
        task.setId("tuningTask");
        task.getItems().setAll(TuningTask.values());
        task.valueProperty().bindBidirectional(model.taskProperty());
        TextField input = new TextField();
        input.setId("tuningInput");
        input.promptTextProperty().bind(model.inputHintProperty());
        input.textProperty().bindBidirectional(model.inputProperty());
        HBox.setHgrow(input, Priority.ALWAYS);
        Button folder = new Button("Folder…");
        folder.setOnAction(e -> choose(new DirectoryChooser().showDialog(owner), model));
        Button csv = new Button("CSV…");
        csv.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Labels CSV", "*.csv"));
            choose(chooser.showOpenDialog(owner), model);
        });
        csv.disableProperty().bind(model.schemaUsedProperty().not());
        ComboBox<String> schema = new ComboBox<>();
        schema.setEditable(true);
        schema.getItems().setAll(model.schemas());
        schema.valueProperty().bindBidirectional(model.schemaProperty());
        Spinner<Integer> epochs = new Spinner<>(1, 500, model.epochCountProperty().get());
        epochs.setEditable(true);
        epochs.setPrefWidth(90);
        epochs.valueProperty().addListener((obs, old, now) -> model.epochCountProperty().set(now));
        model.epochCountProperty().addListener((obs, old, now) -> epochs.getValueFactory().setValue(now.intValue()));
        Button start = new Button("Tune");
        start.setId("startTuning");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.runningProperty());
        start.setOnAction(e -> model.start());
        Button cancel = new Button("Cancel run");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        HBox source = new HBox(8, new Label("Task"), task, new Label("Data"), input, folder, csv);
        Label schemaLabel = new Label("Schema");
        for (javafx.scene.Node node : new javafx.scene.Node[] {schemaLabel, schema}) {
            node.visibleProperty().bind(model.schemaUsedProperty());
            node.managedProperty().bind(model.schemaUsedProperty());
        }
        HBox settings = new HBox(8, schemaLabel, schema, new Label("Epochs (at most)"), epochs, start, cancel);
        HBox interrupted = InterruptedRunsRow.of(model);

        NumberAxis x = new NumberAxis();
        x.setLabel("epoch");
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        fitEpochs(x, model.epochCountProperty().get());
        model.epochCountProperty().addListener((obs, old, now) -> fitEpochs(x, now.intValue()));
        NumberAxis y = new NumberAxis(0, 1, 0.1);
        y.setForceZeroInRange(true);
        // An empty chart would auto-range to 0-100; show 0-1 (where mA and R@1 live) until epochs arrive.
        y.autoRangingProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.epochs()));
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("tuningChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        TuningSeries series = new TuningSeries(model.epochs(), model.metricLabelProperty());
        chart.getData().add(series.loss);
        chart.getData().add(series.validation);

        Label result = new Label();
        result.setId("tuningBeforeAfter");
        result.textProperty().bind(model.beforeAfterProperty());
        result.setWrapText(true);
        TextField packName = new TextField();
        packName.textProperty().bindBidirectional(model.packNameProperty());
        Button add = new Button("Add to this case");
        add.setId("addPackToCase");
        add.disableProperty().bind(model.outcomeProperty().isNull().or(model.caseOpenProperty().not()));
        add.setOnAction(e -> model.addToCase());
        HBox adding = new HBox(8, new Label("Pack name"), packName, add);

        ComboBox<String> active = new ComboBox<>();
        active.setId("activePack");
        active.setPromptText("none (default attribute model)");
        Bindings.bindContent(active.getItems(), model.attributePacks());
        active.valueProperty().bindBidirectional(model.activePackProperty());
        active.setOnAction(e -> model.setActivePack(active.getValue()));
        Button none = new Button("None");
        none.setOnAction(e -> model.setActivePack(""));
        Button importPack = new Button("Add pack file…");
        importPack.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Prompt pack", "*.json"));
            File file = chooser.showOpenDialog(owner);
            if (file != null) {
                model.addPackFile(file.toPath());
            }
        });
        HBox packs = new HBox(8, new Label("Active attribute pack of this case"), active, none, importPack);
        packs.disableProperty().bind(model.caseOpenProperty().not());
        HBox searchPacks = SearchPackRow.of(model);

        Label message = new Label();
        message.setId("tuningMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("hint");
        for (HBox row : new HBox[] {source, settings, interrupted, adding, packs, searchPacks}) {
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }
        VBox top = new VBox(8, source, settings, interrupted);
        VBox bottom = new VBox(8, result, adding, packs, searchPacks, message);
        BorderPane root = new BorderPane(chart, top, null, bottom, null);
        root.setPadding(new Insets(12));
        model.refreshPacks();

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Tune prompts");
        Scene scene = new Scene(root, 900, 640);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && !model.runningProperty().get()) {
                model.refreshPacks();
            }
        });
        stage.show();
        return stage;
    }

    /** Whole epochs from 0 to the run's maximum on the x axis (about ten ticks). */
    private static void fitEpochs(NumberAxis x, int epochs) {
        x.setLowerBound(0);
        x.setUpperBound(Math.max(1, epochs));
        x.setTickUnit(Math.max(1, Math.ceil(epochs / 10.0)));
    }

    private static void choose(File chosen, TuningViewModel model) {
        if (chosen != null) {
            Path path = chosen.toPath();
            model.inputProperty().set(path.toString());
        }
    }
}
