package org.sightline.engine.djl.tuning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.resume.TuningCheckpoint;
import org.sightline.core.tuning.resume.TuningCheckpoint.NamedValues;

/**
 * The epoch loop of both tunings: epochs until the maximum or until {@code patience} epochs without a
 * better validation metric, the best epoch's learned values kept, a {@link TuningCheckpoint} after each
 * epoch, and continuing from one. Cancelled during an epoch after some epoch improved on the start,
 * it returns the best so far ({@link Outcome#cancelled()}); cancelled earlier, it throws.
 */
final class EpochLoop {

    /** What the loop drives: an optimizer over the learned arrays, an epoch of training, validation. */
    interface Trainer {
        Adam optimizer();

        /** One training epoch; returns the mean training loss. */
        double epoch(int epoch, JobContext context);

        /** The validation metric (higher is better) of these learned values. */
        double validate(Map<String, float[]> values);
    }

    record Outcome(Map<String, float[]> best, int bestEpoch, List<EpochRecord> epochs, boolean cancelled) {
    }

    private final TuningOptions options;
    private final String metric;
    private final Consumer<String> log;
    private final Consumer<EpochRecord> listener;

    /** @param metric the metric's name in log lines, e.g. "validation mA" */
    EpochLoop(TuningOptions options, String metric, Consumer<String> log, Consumer<EpochRecord> listener) {
        this.options = options;
        this.metric = metric;
        this.log = log;
        this.listener = listener;
    }

    Outcome run(Trainer trainer, TuningResume resume, JobContext context) {
        Adam adam = trainer.optimizer();
        Map<String, float[]> best;
        double bestMetric;
        int bestEpoch;
        int done;
        List<EpochRecord> epochs = new ArrayList<>();
        TuningCheckpoint from = resume.from();
        if (from == null) {
            best = adam.values();
            bestMetric = trainer.validate(best);
            bestEpoch = 0;
            done = 0;
            log.accept(String.format(Locale.ROOT, "epoch  0: %s %.4f (initial values)", metric, bestMetric));
        } else {
            adam.restore(from.learned(), from.optimizerSteps());
            best = new LinkedHashMap<>();
            for (NamedValues v : from.best()) {
                best.put(v.name(), v.values());
            }
            bestMetric = from.bestMetric();
            bestEpoch = from.bestEpoch();
            done = from.epochsDone();
            from.history().forEach(e -> epochs.add(new EpochRecord(e.epoch(), e.trainingLoss(), e.metric(), e.seconds())));
            epochs.forEach(listener);
            log.accept(String.format(Locale.ROOT, "resuming after epoch %d (best so far: epoch %d, %s %.4f)", done, bestEpoch,
                    metric, bestMetric));
        }
        boolean cancelled = false;
        boolean stopped = done - bestEpoch >= options.patience();
        for (int e = done + 1; e <= options.epochs() && !stopped; e++) {
            long start = System.nanoTime();
            double loss;
            try {
                loss = trainer.epoch(e, context);
            } catch (JobCancelledException stop) {
                if (bestEpoch == 0) {
                    throw stop;
                }
                log.accept("cancelled during epoch " + e + "; keeping the best epoch so far, " + bestEpoch);
                cancelled = true;
                break;
            }
            Map<String, float[]> values = adam.values();
            double score = trainer.validate(values);
            EpochRecord record = new EpochRecord(e, loss, score, (System.nanoTime() - start) / 1e9);
            epochs.add(record);
            listener.accept(record);
            log.accept(String.format(Locale.ROOT, "epoch %2d: loss %.4f, %s %.4f, %.2f s", e, loss, metric, score, record.seconds()));
            if (score > bestMetric) {
                bestMetric = score;
                best = values;
                bestEpoch = e;
            }
            resume.saveEach().accept(checkpoint(adam, e, bestEpoch, bestMetric, best, epochs));
            if (context != null) {
                context.progress(e, options.epochs(), "epoch " + e);
            }
            stopped = e - bestEpoch >= options.patience();
            if (stopped) {
                log.accept("early stop: no better " + metric + " for " + options.patience() + " epochs; keeping epoch " + bestEpoch);
            }
        }
        return new Outcome(best, bestEpoch, epochs, cancelled);
    }

    private static TuningCheckpoint checkpoint(Adam adam, int epoch, int bestEpoch, double bestMetric, Map<String, float[]> best,
                                               List<EpochRecord> epochs) {
        List<NamedValues> bestValues = new ArrayList<>();
        best.forEach((name, values) -> bestValues.add(new NamedValues(name, values)));
        List<TuningCheckpoint.Epoch> history = epochs.stream()
                .map(r -> new TuningCheckpoint.Epoch(r.epoch(), r.trainingLoss(), r.validationMa(), r.seconds())).toList();
        return new TuningCheckpoint(adam.export(), adam.updates(), epoch, bestEpoch, bestMetric, epoch - bestEpoch, bestValues,
                history);
    }
}
