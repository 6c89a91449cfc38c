package org.sightline.core.cases.jobs;

/** Where a persistent job stands. INTERRUPTED: it was RUNNING when its process died. */
public enum CaseJobState {
    PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED, INTERRUPTED;

    /** Whether the job can be continued from its last checkpoint. */
    public boolean isResumable() {
        return this == PENDING || this == CANCELLED || this == INTERRUPTED;
    }
}
