package org.sightline.ui.shell;

import java.util.Objects;
import javafx.beans.value.ObservableStringValue;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.ui.cases.CaseGateway;

/**
 * What the composition root hands the UI.
 *
 * @param cases         the case store, adapted to the UI's port
 * @param jobs          the shared background job runner (the UI submits to it and shows all its jobs)
 * @param computeDevice text naming the inference device, e.g. "CPU" or "CUDA 0 (NVIDIA H100)";
 *                      change it on the JavaFX thread only
 * @param engines       decoders and models for ingest, the frame viewer and "find this person";
 *                      null where none are available (then sources are only registered)
 */
public record ShellServices(CaseGateway cases, JobRunner jobs, ObservableStringValue computeDevice,
                            IngestEngines engines) {
    public ShellServices {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(computeDevice, "computeDevice");
    }

    /** Without engines: cases and sources only, no ingest, frames or search. */
    public ShellServices(CaseGateway cases, JobRunner jobs, ObservableStringValue computeDevice) {
        this(cases, jobs, computeDevice, null);
    }
}
