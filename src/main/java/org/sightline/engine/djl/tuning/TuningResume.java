package org.sightline.engine.djl.tuning;

import java.util.function.Consumer;
import org.sightline.core.tuning.resume.TuningCheckpoint;

/**
 * How a tuning run checkpoints: {@code from} is the checkpoint to continue after (null: a fresh run),
 * {@code saveEach} receives a checkpoint after every finished epoch, on the job's thread, before the
 * next epoch starts. A run continued from an epoch's checkpoint ends with the same pack, bit for bit on
 * the CPU, as a run that was never interrupted.
 */
public record TuningResume(TuningCheckpoint from, Consumer<TuningCheckpoint> saveEach) {

    public TuningResume {
        saveEach = saveEach == null ? checkpoint -> { } : saveEach;
    }

    /** A fresh run that saves nothing. */
    public static TuningResume none() {
        return new TuningResume(null, null);
    }
}
