package org.sightline.ui.fakes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.cases.CaseStore;
import org.sightline.ui.cases.CaseGateway;

/** Cases kept in memory, keyed by folder, with a most-recent-first list; for UI tests. */
public final class InMemoryCaseGateway implements CaseGateway {
    private final Map<Path, InMemoryCaseStore> cases = new LinkedHashMap<>();
    private final List<Path> recent = new ArrayList<>();
    private final List<String> openedOnThreads = new ArrayList<>();

    public synchronized InMemoryCaseStore put(Path folder, String name) {
        InMemoryCaseStore store = new InMemoryCaseStore(folder, name);
        cases.put(folder, store);
        return store;
    }

    public synchronized void markRecent(Path folder) {
        recent.remove(folder);
        recent.addFirst(folder);
    }

    @Override
    public synchronized CaseStore create(Path folder, String name) {
        if (cases.containsKey(folder)) {
            throw new IllegalStateException("A case already exists in " + folder);
        }
        openedOnThreads.add(Thread.currentThread().getName());
        InMemoryCaseStore store = put(folder, name);
        markRecent(folder);
        return store;
    }

    @Override
    public synchronized CaseStore open(Path folder) {
        InMemoryCaseStore store = cases.get(folder);
        if (store == null) {
            throw new IllegalArgumentException("No Sightline case in folder " + folder + " (case.db is missing)");
        }
        openedOnThreads.add(Thread.currentThread().getName());
        store.reopen();
        markRecent(folder);
        return store;
    }

    @Override
    public synchronized List<Path> recentCases() {
        return List.copyOf(recent);
    }

    /** Names of the threads create/open ran on, to prove they ran off the UI thread. */
    public synchronized List<String> openedOnThreads() {
        return List.copyOf(openedOnThreads);
    }
}
