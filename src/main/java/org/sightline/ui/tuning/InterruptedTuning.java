package org.sightline.ui.tuning;

import java.nio.file.Path;
import java.util.List;

/**
 * A tuning run of the open case that can be continued (cancelled, or interrupted by a crash or quitting):
 * its case job, task, input, how far it got, and the finished epochs for the chart.
 */
public record InterruptedTuning(long jobId, TuningTask task, String input, int epochsDone, int epochs, String state,
                                List<TuningEpoch> finished) {

    public InterruptedTuning {
        finished = List.copyOf(finished);
    }

    /** An attributes run. */
    public InterruptedTuning(long jobId, String input, int epochsDone, int epochs, String state, List<TuningEpoch> finished) {
        this(jobId, TuningTask.ATTRIBUTES, input, epochsDone, epochs, state, finished);
    }

    /** One line for the dialog, e.g. "Attributes, office-cams.csv: 3 of 30 epochs (interrupted)". */
    public String label() {
        Path path = Path.of(input);
        return task.label() + ", " + (path.getFileName() == null ? input : path.getFileName().toString()) + ": " + epochsDone
                + " of " + epochs + " epochs (" + state.toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
