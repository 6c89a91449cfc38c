package org.sightline.ui.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;

/**
 * The search bar's port for whichever case is open: made from the app's factory on first use for a
 * case (models load then, off the UI thread), closed when the case changes.
 */
public final class CaseSearchPorts implements SearchPort {
    private final Function<CaseStore, SearchPort> factory;
    private CaseStore store;
    private SearchPort current;

    public CaseSearchPorts(Function<CaseStore, SearchPort> factory) {
        this.factory = factory;
    }

    /** Call when a case opens or closes (null). */
    public synchronized void caseChanged(CaseStore opened) {
        closeCurrent();
        store = opened;
    }

    @Override
    public SearchResults search(SearchRequest request) throws Exception {
        return port().search(request);
    }

    @Override
    public List<String> history() {
        return port().history();
    }

    @Override
    public Optional<String> filterPredictor() {
        return port().filterPredictor();
    }

    @Override
    public Optional<Path> thumbnail(long detectionId) {
        return port().thumbnail(detectionId);
    }

    @Override
    public Optional<String> searchPack() {
        return port().searchPack();
    }

    private synchronized SearchPort port() {
        if (store == null) {
            throw new IllegalStateException("No case is open");
        }
        if (current == null) {
            current = factory.apply(store);
        }
        return current;
    }

    private void closeCurrent() {
        if (current instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.err.println("Sightline: closing the search of the previous case failed: " + e.getMessage());
            }
        }
        current = null;
    }
}
