package org.sightline.ui.tuning;

import java.nio.file.Path;

/** What to tune on: a labelled folder tree or labels CSV, the schema (id or file; may be blank for a folder tree), epochs. */
public record TuningRequest(Path input, String schema, int epochs) {
}
