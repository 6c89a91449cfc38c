package org.sightline.core.attributes.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.cases.CaseStore;

/**
 * Detections ordered for review, most uncertain first. Uncertainty of a detection is the smallest
 * |p - threshold| over its scored schema attributes that have no correction in force: one doubtful
 * attribute is what a reviewer fixes, whereas a sum of entropies would rank crops with many mildly
 * unsure attributes above one that is a coin toss on gender. Attributes already corrected do not
 * count, and a detection whose scored attributes are all corrected (fully reviewed) is left out.
 * Ties go to the lower detection id, so the order is stable.
 */
public final class ReviewQueue {
    private final CaseStore store;

    public ReviewQueue(CaseStore store) {
        this.store = store;
    }

    /** Up to {@code limit} items after skipping {@code offset}, for {@code predictorId}'s scores. */
    public List<ReviewItem> next(AttributeSchema schema, String predictorId, double threshold, int limit, int offset) {
        List<String> tokens = schema.tokens();
        // SQLite returns the bare columns (attribute, probability) of the row holding min(margin).
        // Corrections in force are found once (one pass over the usually small corrections table), not per score.
        String sql = "WITH corrected AS (SELECT detection_id, attribute FROM label_corrections WHERE id IN "
                + "(SELECT max(id) FROM label_corrections GROUP BY detection_id, attribute) AND value <> 'unset') "
                + "SELECT p.detection_id, p.attribute, p.probability, min(abs(p.probability - ?)) AS margin, "
                + "count(*) FROM attribute_predictions p WHERE p.predictor_id = ? AND p.attribute IN ("
                + String.join(", ", Collections.nCopies(tokens.size(), "?")) + ") AND NOT EXISTS (SELECT 1 FROM "
                + "corrected k WHERE k.detection_id = p.detection_id AND k.attribute = p.attribute) "
                + "GROUP BY p.detection_id ORDER BY margin, p.detection_id LIMIT ? OFFSET ?";
        return store.read(c -> {
            List<ReviewItem> items = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(sql)) {
                int index = 1;
                query.setDouble(index++, threshold);
                query.setString(index++, predictorId);
                for (String token : tokens) {
                    query.setString(index++, token);
                }
                query.setInt(index++, limit);
                query.setInt(index, offset);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        items.add(new ReviewItem(rows.getLong(1), rows.getString(2), rows.getDouble(3),
                                rows.getDouble(4), rows.getInt(5)));
                    }
                }
            }
            return items;
        });
    }
}
