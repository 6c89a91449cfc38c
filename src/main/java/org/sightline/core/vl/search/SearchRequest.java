package org.sightline.core.vl.search;

import java.util.Objects;
import org.sightline.core.attributes.store.AttributeFilter;

/**
 * One description search: a text, or "more like this" detection ({@code likeDetection}, its image
 * embedding as the query); at most {@code top} results whose cosine similarity to the query is at
 * least {@code threshold}; only detections meeting {@code filter} (scored by {@code filterPredictorId});
 * colour words re-rank the results when {@code colourRerank} (see {@link ColourRerank}).
 */
public record SearchRequest(String text, Long likeDetection, int top, double threshold, AttributeFilter filter,
                            String filterPredictorId, boolean colourRerank) {
    public static final int DEFAULT_TOP = 50;
    /** Cosine similarity below which results are not shown by default (-1: everything). */
    public static final double DEFAULT_THRESHOLD = -1;

    public SearchRequest {
        if ((text == null || text.isBlank()) == (likeDetection == null)) {
            throw new IllegalArgumentException("A search needs either a description or a detection to find more like, not "
                    + (likeDetection == null ? "neither" : "both"));
        }
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, got " + top);
        }
        if (!(threshold >= -1 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold is a cosine similarity in [-1, 1], got " + threshold);
        }
        text = text == null ? null : text.strip();
        filter = filter == null ? new AttributeFilter(java.util.List.of()) : filter;
        if (!filter.conditions().isEmpty()) {
            Objects.requireNonNull(filterPredictorId, "an attribute filter needs the predictor whose scores it reads");
        }
    }

    public static SearchRequest text(String text) {
        return new SearchRequest(text, null, DEFAULT_TOP, DEFAULT_THRESHOLD, null, null, true);
    }

    public static SearchRequest moreLike(long detectionId) {
        return new SearchRequest(null, detectionId, DEFAULT_TOP, DEFAULT_THRESHOLD, null, null, false);
    }

    public SearchRequest withTop(int newTop) {
        return new SearchRequest(text, likeDetection, newTop, threshold, filter, filterPredictorId, colourRerank);
    }

    public SearchRequest withThreshold(double newThreshold) {
        return new SearchRequest(text, likeDetection, top, newThreshold, filter, filterPredictorId, colourRerank);
    }

    public SearchRequest withFilter(AttributeFilter newFilter, String predictorId) {
        return new SearchRequest(text, likeDetection, top, threshold, newFilter, predictorId, colourRerank);
    }

    public SearchRequest withColourRerank(boolean on) {
        return new SearchRequest(text, likeDetection, top, threshold, filter, filterPredictorId, on);
    }

    public boolean isText() {
        return likeDetection == null;
    }
}
