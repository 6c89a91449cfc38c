package org.sightline.core.cases.jobs;

import java.util.List;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.SqlWork;
import org.sightline.core.jobs.JobContext;

/** What a running {@link ResumableJob} sees: its case, progress, cancel, and batch commits. */
public interface ResumableJobContext extends JobContext {

    long jobId();

    CaseStore store();

    /**
     * Commits {@code writes}, the {@code warnings} (saved as job events) and {@code checkpoint} as one
     * transaction, then reports the checkpoint's progress. After a crash either all of it is in the
     * case or none of it is.
     */
    void commit(Checkpoint checkpoint, List<String> warnings, SqlWork<?> writes);
}
