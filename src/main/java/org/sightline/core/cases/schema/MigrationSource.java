package org.sightline.core.cases.schema;

import java.util.List;

/** Supplies the schema migrations an application build knows, numbered 1..n without gaps. */
@FunctionalInterface
public interface MigrationSource {

    List<Migration> migrations();

    /** The schema version a database has once every known migration is applied. */
    default int latestVersion() {
        List<Migration> all = migrations();
        return all.isEmpty() ? 0 : all.getLast().version();
    }
}
