package org.sightline.ui.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sightline.core.jobs.Job;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;

/** What the search bar needs from the open case; every method may block and is called off the UI thread. */
public interface SearchPort {

    /** Runs a query (embedding missing crops first where needed). */
    SearchResults search(SearchRequest request) throws Exception;

    /**
     * The job that embeds the case's crops lacking a vector of the active search model (resuming an
     * unfinished one), or empty when every crop has one or the model is not installed.
     */
    default Optional<Job<?>> embeddingJob() {
        return Optional.empty();
    }

    /** Runs a query over the crops embedded so far, embedding none. */
    default SearchResults searchEmbedded(SearchRequest request) throws Exception {
        return search(request);
    }

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
