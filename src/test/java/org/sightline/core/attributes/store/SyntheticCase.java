package org.sightline.core.attributes.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.attributes.AttributeScores;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Frames;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.inference.BoundingBox;

/** A case holding detections without images, for store tests that need no pixels. */
public final class SyntheticCase {
    public static final String PREDICTOR = "test-predictor";

    private SyntheticCase() {
    }

    public static CaseStore create(Path folder) {
        return Cases.create(folder, "attributes test");
    }

    /** Adds {@code count} detections on one frame of a new video source; returns their ids. */
    public static List<Long> detections(CaseStore store, Path sourcePath, int count) {
        Source source = store.addSource(SourceKind.VIDEO, sourcePath);
        return store.inTransaction(c -> {
            long frame = Frames.insertFrame(c, source.id(), 0, 0L, 640, 480, null);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(Frames.insertDetection(c, frame, new BoundingBox(i % 600, 0, 20, 60), 0.9, "test", null));
            }
            return ids;
        });
    }

    /** Scores as {@code token, p, token, p, ...}. */
    public static AttributeScores scores(String predictor, Object... tokensAndProbabilities) {
        Map<String, Float> p = new LinkedHashMap<>();
        for (int i = 0; i < tokensAndProbabilities.length; i += 2) {
            p.put((String) tokensAndProbabilities[i], ((Number) tokensAndProbabilities[i + 1]).floatValue());
        }
        return new AttributeScores(predictor, p);
    }
}
