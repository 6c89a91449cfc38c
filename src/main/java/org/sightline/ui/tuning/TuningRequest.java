package org.sightline.ui.tuning;

import java.nio.file.Path;

/**
 * What to tune on: the task; a labelled folder tree or labels CSV (attributes) or a folder of identity
 * folders (description search); the schema (attributes only: id or file, may be blank for a folder tree); epochs.
 */
public record TuningRequest(TuningTask task, Path input, String schema, int epochs) {

    /** An attributes run. */
    public TuningRequest(Path input, String schema, int epochs) {
        this(TuningTask.ATTRIBUTES, input, schema, epochs);
    }
}
