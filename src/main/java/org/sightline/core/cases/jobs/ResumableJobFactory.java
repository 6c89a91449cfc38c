package org.sightline.core.cases.jobs;

/** Recreates a saved job of one kind from its JSON parameters. */
public interface ResumableJobFactory {

    String kind();

    ResumableJob fromParams(String params);
}
