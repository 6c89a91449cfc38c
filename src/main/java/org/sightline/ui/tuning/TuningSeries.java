package org.sightline.ui.tuning;

import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/**
 * Keeps a loss series and a validation metric series (named after the task's metric: mA or R@1) in
 * step with the view model's epochs (added or cleared).
 */
final class TuningSeries {
    final XYChart.Series<Number, Number> loss = new XYChart.Series<>();
    final XYChart.Series<Number, Number> validation = new XYChart.Series<>();

    TuningSeries(ObservableList<TuningEpoch> epochs, ObservableStringValue metric) {
        loss.setName("training loss");
        validation.nameProperty().bind(metric);
        epochs.forEach(this::add);
        epochs.addListener((ListChangeListener<TuningEpoch>) change -> {
            loss.getData().clear();
            validation.getData().clear();
            change.getList().forEach(this::add);
        });
    }

    private void add(TuningEpoch epoch) {
        loss.getData().add(new XYChart.Data<>(epoch.epoch(), epoch.trainingLoss()));
        validation.getData().add(new XYChart.Data<>(epoch.epoch(), epoch.validationMetric()));
    }
}
