package org.sightline.ui.tuning;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/** Keeps a loss series and a validation mA series in step with the view model's epochs (added or cleared). */
final class TuningSeries {
    final XYChart.Series<Number, Number> loss = new XYChart.Series<>();
    final XYChart.Series<Number, Number> validationMa = new XYChart.Series<>();

    TuningSeries(ObservableList<TuningEpoch> epochs) {
        loss.setName("training loss");
        validationMa.setName("validation mA");
        epochs.forEach(this::add);
        epochs.addListener((ListChangeListener<TuningEpoch>) change -> {
            loss.getData().clear();
            validationMa.getData().clear();
            change.getList().forEach(this::add);
        });
    }

    private void add(TuningEpoch epoch) {
        loss.getData().add(new XYChart.Data<>(epoch.epoch(), epoch.trainingLoss()));
        validationMa.getData().add(new XYChart.Data<>(epoch.epoch(), epoch.validationMa()));
    }
}
