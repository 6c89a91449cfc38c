package org.sightline.core.vl.search;

import java.util.List;
import org.sightline.core.vl.ModelIdentity;

/**
 * Ranked hits, best first, with what produced them: the model, how many detections it has vectors
 * for ({@code searched}) of how many in the case, and notes worth showing (crops not embedded yet,
 * an index rebuilt).
 */
public record SearchResults(SearchRequest request, List<SearchHit> hits, ModelIdentity model, long searched,
                            long detections, List<String> notes) {

    public SearchResults {
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
    }
}
