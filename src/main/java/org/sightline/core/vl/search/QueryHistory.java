package org.sightline.core.vl.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.cases.CaseStore;

/** The description searches run in a case (table {@code search_history}), for the search bar's history. */
public final class QueryHistory {

    /** One past search. */
    public record Entry(String query, String filter, double threshold, String modelId, int resultCount, long createdMs) {
    }

    private final CaseStore store;

    public QueryHistory(CaseStore store) {
        this.store = store;
    }

    public void add(SearchResults results) {
        SearchRequest request = results.request();
        if (!request.isText()) {
            return;
        }
        store.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO search_history (query, filter, threshold, "
                    + "model_id, result_count, created_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, request.text());
                insert.setString(2, request.filter().toString());
                insert.setDouble(3, request.threshold());
                insert.setString(4, results.model().modelId());
                insert.setInt(5, results.hits().size());
                insert.setLong(6, System.currentTimeMillis());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The latest run of each distinct query, newest first, at most {@code limit}. */
    public List<Entry> recent(int limit) {
        return store.read(c -> {
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT query, filter, threshold, model_id, result_count, "
                    + "created_ms FROM search_history h WHERE id = (SELECT max(id) FROM search_history g "
                    + "WHERE g.query = h.query) ORDER BY id DESC LIMIT ?")) {
                query.setInt(1, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new Entry(rows.getString(1), rows.getString(2), rows.getDouble(3), rows.getString(4),
                                rows.getInt(5), rows.getLong(6)));
                    }
                }
            }
            return entries;
        });
    }
}
