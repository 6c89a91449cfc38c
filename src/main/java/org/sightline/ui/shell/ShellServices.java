package org.sightline.ui.shell;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.ui.attributes.AttributeModelPort;
import org.sightline.ui.cases.CaseGateway;
import org.sightline.ui.search.SearchPort;
import org.sightline.ui.tuning.TuningPort;

/**
 * What the composition root hands the UI.
 *
 * @param cases          the case store, adapted to the UI's port
 * @param jobs           the shared background job runner (the UI submits to it and shows all its jobs)
 * @param computeDevice  text naming the inference device, e.g. "CPU" or "CUDA 0 (NVIDIA H100)";
 *                       change it on the JavaFX thread only
 * @param attributeModel the attribute model new detections are scored with
 * @param author         who label corrections are recorded as, until the user changes it (the system user)
 * @param engines        decoders and models for ingest, the frame viewer and "find this person";
 *                       null where none are available (then sources are only registered)
 * @param searchPorts    description search over an open case; null where there is none
 * @param tuning         prompt tuning of the attribute base model ({@link TuningPort#none()} without the engine)
 */
public record ShellServices(CaseGateway cases, JobRunner jobs, ObservableStringValue computeDevice,
                            AttributeModelPort attributeModel, String author, IngestEngines engines,
                            Function<CaseStore, SearchPort> searchPorts, TuningPort tuning) {
    public ShellServices {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(computeDevice, "computeDevice");
        Objects.requireNonNull(attributeModel, "attributeModel");
        author = author == null || author.isBlank() ? "investigator" : author.strip();
        tuning = tuning == null ? TuningPort.none() : tuning;
    }

    /** Without prompt tuning. */
    public ShellServices(CaseGateway cases, JobRunner jobs, ObservableStringValue computeDevice,
                         AttributeModelPort attributeModel, String author, IngestEngines engines,
                         Function<CaseStore, SearchPort> searchPorts) {
        this(cases, jobs, computeDevice, attributeModel, author, engines, searchPorts, TuningPort.none());
    }

    /** Without ingest engines: cases, galleries and attributes only. */
    public ShellServices(CaseGateway cases, JobRunner jobs, ObservableStringValue computeDevice,
                         AttributeModelPort attributeModel, String author) {
        this(cases, jobs, computeDevice, attributeModel, author, null, null);
    }

    /** With ingest engines but no attribute model (scoring explains it is missing), corrections by the system user. */
    public ShellServices(CaseGateway cases, JobRunner jobs, ObservableStringValue computeDevice, IngestEngines engines) {
        this(cases, jobs, computeDevice, AttributeModelPort.none(), System.getProperty("user.name"), engines, null);
    }

    /** Cases and sources only: no models. */
    public ShellServices(CaseGateway cases, JobRunner jobs, ObservableStringValue computeDevice) {
        this(cases, jobs, computeDevice, (IngestEngines) null);
    }
}
