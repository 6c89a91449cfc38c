package org.sightline.ui.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;

/** What the search bar needs from the open case; every method may block and is called off the UI thread. */
public interface SearchPort {

    /** Runs a query (embedding missing crops first where needed). */
    SearchResults search(SearchRequest request) throws Exception;

    /** Past queries of the case, newest first. */
    List<String> history();

    /** The predictor whose scores attribute filters read, if the case has any scores. */
    Optional<String> filterPredictor();

    /** The thumbnail file of a detection, if it has one. */
    Optional<Path> thumbnail(long detectionId);

    /** The name of the case's search pack the last search encoded its query with, if any. */
    default Optional<String> searchPack() {
        return Optional.empty();
    }
}
