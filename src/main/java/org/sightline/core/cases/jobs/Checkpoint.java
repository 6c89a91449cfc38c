package org.sightline.core.cases.jobs;

/** How far a job has got: its cursor text and progress, saved together with the work they cover. */
public record Checkpoint(String cursor, long done, long total) {
}
