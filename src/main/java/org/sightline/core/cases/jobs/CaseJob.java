package org.sightline.core.cases.jobs;

import java.time.Instant;

/**
 * A job as saved in the case. {@code cursor} is the job's own text marking how far its committed
 * work goes; {@code done} and {@code total} are saved with it ({@code total < 0}: unknown).
 */
public record CaseJob(long id, String kind, String params, CaseJobState state, long done, long total,
                      String cursor, String error, Instant created, Instant updated) {
}
