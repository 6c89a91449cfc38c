package org.sightline.ui.shell;

import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.sightline.ui.common.Problem;

/** Shows each reported problem in a non-blocking error dialog, then drops it from the queue. */
final class ProblemPresenter {
    private ProblemPresenter() {
    }

    static void attach(ObservableList<Problem> problems, Supplier<Window> owner) {
        problems.addListener((ListChangeListener<Problem>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    List<Problem> added = List.copyOf(change.getAddedSubList());
                    javafx.application.Platform.runLater(() -> {
                        added.forEach(problem -> show(problem, owner.get()));
                        problems.removeAll(added);
                    });
                }
            }
        });
    }

    private static void show(Problem problem, Window owner) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(problem.title());
        alert.setHeaderText(problem.title());
        alert.setContentText(problem.detail());
        alert.getDialogPane().getStyleClass().add("sl-problem");
        alert.show();
    }
}
