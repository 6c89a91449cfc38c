package org.sightline.core.jobs;

/** A unit of long-running work that reports progress and honours cancellation. */
@FunctionalInterface
public interface Job<T> {
    T run(JobContext context) throws Exception;
}
