package org.sightline.core.attributes.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.cases.CaseStore;

/**
 * Runs an {@link AttributeFilter} over a case in one SQL query. Each condition looks up the latest
 * correction (index on detection, attribute, id) and else the predictor's score (unique index on
 * detection, predictor, attribute), so the cost is a few index probes per detection; conditions are
 * ANDed so SQLite stops at the first failing one.
 */
public final class AttributeSearch {
    private static final String EFFECTIVE_SCORE = "coalesce((SELECT CASE c.value WHEN 'yes' THEN 1.0 WHEN 'no' "
            + "THEN 0.0 END FROM label_corrections c WHERE c.detection_id = d.id AND c.attribute = ? "
            + "ORDER BY c.id DESC LIMIT 1), (SELECT p.probability FROM attribute_predictions p "
            + "WHERE p.detection_id = d.id AND p.predictor_id = ? AND p.attribute = ?))";
    private final CaseStore store;

    public AttributeSearch(CaseStore store) {
        this.store = store;
    }

    /** Ids (ascending) of the detections meeting every condition, with {@code predictorId}'s scores. */
    public List<Long> find(AttributeFilter filter, String predictorId) {
        StringBuilder sql = new StringBuilder("SELECT d.id FROM detections d");
        for (int i = 0; i < filter.conditions().size(); i++) {
            FilterCondition condition = filter.conditions().get(i);
            sql.append(i == 0 ? " WHERE " : " AND ").append(EFFECTIVE_SCORE)
                    .append(condition.atLeast() ? " >= ?" : " <= ?");
        }
        sql.append(" ORDER BY d.id");
        return store.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(sql.toString())) {
                int index = 1;
                for (FilterCondition condition : filter.conditions()) {
                    query.setString(index++, condition.token());
                    query.setString(index++, predictorId);
                    query.setString(index++, condition.token());
                    query.setDouble(index++, condition.threshold());
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return ids;
        });
    }
}
