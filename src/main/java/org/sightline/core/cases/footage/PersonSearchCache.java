package org.sightline.core.cases.footage;

import java.sql.ResultSet;
import java.sql.Statement;
import org.sightline.core.cases.CaseStore;

/**
 * Keeps the loaded {@link PersonSearch} of the open case between queries, so repeated "find this
 * person" queries do not reload every re-ID vector. Reloads when asked for another store, and
 * whenever anything was written to the case since the load: a case has one connection in one
 * process (its lock), so SQLite's {@code total_changes()} on that connection counts every insert,
 * update and delete (ingest, gallery import, identity edits, a source removed); {@code PRAGMA
 * data_version} adds commits by any other connection. Both are O(1). The check is conservative: a
 * write that leaves the vectors alone (attribute scores) also reloads.
 */
public final class PersonSearchCache {
    private CaseStore store;
    private Version version;
    private PersonSearch search;

    /** The case's search, loaded afresh when the case changed since the last call. */
    public synchronized PersonSearch get(CaseStore target) {
        // Read before loading: a write during the load leaves the next call a newer version.
        Version now = Version.of(target);
        if (target != store || !now.equals(version)) {
            search = null;
            store = null;
            search = PersonSearch.load(target);
            store = target;
            version = now;
        }
        return search;
    }

    /** Drops the loaded vectors, e.g. when the case closes. */
    public synchronized void clear() {
        store = null;
        version = null;
        search = null;
    }

    /** Drops the loaded vectors if they are {@code closed}'s: a query that ended after its case closed. */
    public synchronized void forget(CaseStore closed) {
        if (store == closed) {
            clear();
        }
    }

    /** How far the case's content has changed, as seen from its connection. */
    record Version(long ownChanges, long otherCommits) {
        static Version of(CaseStore store) {
            return store.read(c -> {
                try (Statement statement = c.createStatement()) {
                    long own;
                    try (ResultSet row = statement.executeQuery("SELECT total_changes()")) {
                        row.next();
                        own = row.getLong(1);
                    }
                    try (ResultSet row = statement.executeQuery("PRAGMA data_version")) {
                        row.next();
                        return new Version(own, row.getLong(1));
                    }
                }
            });
        }
    }
}
