package org.sightline.ui.models;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.sightline.ui.common.Icons;
import org.sightline.ui.common.Theme;

/** Models and device: the catalog's models with their state, downloads, and the device setting. */
public final class ModelsDialog {
    private ModelsDialog() {
    }

    public static void show(Window owner, ModelsViewModel model, ObservableStringValue deviceInUse) {
        TableView<ModelRow> table = new TableView<>(model.rows());
        table.setId("modelsTable");
        table.getColumns().add(column("Model", "name", 260));
        table.getColumns().add(column("Role", "role", 130));
        table.getColumns().add(column("Engine", "engine", 100));
        table.getColumns().add(column("Size", "size", 90));
        table.getColumns().add(column("State", "state", 170));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Checking model files…"));

        Button download = new Button("Download", Icons.of(MaterialDesignD.DOWNLOAD));
        download.setId("downloadModel");
        download.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ModelRow selected = table.getSelectionModel().getSelectedItem();
            return selected == null || !selected.downloadable();
        }, table.getSelectionModel().selectedItemProperty(), model.rows()));
        download.setOnAction(event -> model.download(table.getSelectionModel().getSelectedItem().id()));
        Button refresh = new Button("Re-check", Icons.of(MaterialDesignR.REFRESH));
        refresh.setOnAction(event -> model.refresh());

        ComboBox<String> device = new ComboBox<>();
        device.setId("deviceSetting");
        device.getItems().setAll(ModelsViewModel.DEVICE_CHOICES);
        device.valueProperty().bindBidirectional(model.deviceSettingProperty());
        device.setOnAction(event -> model.saveDeviceSetting());
        ComboBox<String> searchModel = new ComboBox<>(model.searchModels());
        searchModel.setId("searchModelSetting");
        searchModel.valueProperty().bindBidirectional(model.searchModelSettingProperty());
        searchModel.setOnAction(event -> model.saveSearchModelSetting());
        Label inUse = new Label();
        inUse.textProperty().bind(Bindings.concat("In use: ", deviceInUse));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox controls = new HBox(8, new Label("Compute device"), device, inUse, new Label("Description search"),
                searchModel, spacer, refresh, download);
        controls.getStyleClass().add("dialog-toolbar");

        Label message = new Label();
        message.textProperty().bind(model.message());
        message.getStyleClass().add("hint");
        VBox bottom = new VBox(8, controls, message);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        BorderPane root = new BorderPane(table, null, null, bottom, null);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("models-dialog");

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Models and compute device");
        Scene scene = new Scene(root, 860, 420);
        Theme.apply(scene);
        stage.setScene(scene);
        model.refresh();
        stage.show();
    }

    private static TableColumn<ModelRow, String> column(String title, String property, double width) {
        TableColumn<ModelRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(new PropertyValueFactory<>(property));
        column.setPrefWidth(width);
        return column;
    }
}
