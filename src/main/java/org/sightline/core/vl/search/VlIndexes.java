package org.sightline.core.vl.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.search.ApproximateIndexFactory;
import org.sightline.core.search.CaseEmbeddings;
import org.sightline.core.search.IndexSpec;
import org.sightline.core.search.ManagedVectorIndex;
import org.sightline.core.search.VectorIndexPolicy;

/**
 * The vector indexes of one case, one {@link ManagedVectorIndex} per vision-language model in
 * {@code <case>/index/<model>-<sha8>/}, fed by that model's vectors in the case. An index whose size
 * no longer matches the case's vectors (an embedding job added some since) catches up: the new
 * vectors are added to it, the approximate graph included, rather than rebuilding it. Thread-safe;
 * close with the case.
 */
public final class VlIndexes implements AutoCloseable {
    public static final String FOLDER = "index";

    private final CaseStore store;
    private final VectorIndexPolicy policy;
    private final ApproximateIndexFactory approximate;
    private final JobRunner runner;
    private final Map<IndexSpec, ManagedVectorIndex> open = new HashMap<>();
    private final List<String> notices = new ArrayList<>();

    public VlIndexes(CaseStore store, VectorIndexPolicy policy, ApproximateIndexFactory approximate, JobRunner runner) {
        this.store = store;
        this.policy = policy;
        this.approximate = approximate;
        this.runner = runner;
    }

    /** The up-to-date index of {@code model}'s vectors in the case. */
    public synchronized ManagedVectorIndex index(EmbeddingModel model, JobContext context) {
        IndexSpec spec = VlEmbeddings.specOf(model);
        CaseEmbeddings source = new CaseEmbeddings(store, spec);
        ManagedVectorIndex index = open.get(spec);
        if (index != null) {
            if (index.size() != source.count()) {
                index.catchUp(context);
            }
            return index;
        }
        Path folder = store.info().folder().resolve(FOLDER).resolve(spec.folderName());
        index = ManagedVectorIndex.open(folder, source, policy, approximate, runner, context);
        notices.addAll(index.notices());
        open.put(spec, index);
        return index;
    }

    /** Why indexes were rebuilt when opened, for the user to see. */
    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    @Override
    public synchronized void close() {
        open.values().forEach(ManagedVectorIndex::close);
        open.clear();
    }
}
