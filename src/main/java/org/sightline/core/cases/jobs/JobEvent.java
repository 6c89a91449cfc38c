package org.sightline.core.cases.jobs;

import java.time.Instant;

/** A message a job left in the case, e.g. a warning naming a file it skipped. */
public record JobEvent(long id, long jobId, Level level, String message, Instant created) {

    public enum Level {
        INFO, WARNING, ERROR
    }
}
