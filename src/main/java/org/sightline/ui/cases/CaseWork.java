package org.sightline.ui.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;

/**
 * A feature's background jobs on open cases, by case. {@link #stop} (a closing listener) cancels the
 * jobs of the closing case and returns a {@link Stopping} that completes once every one of them has
 * ended, not merely been asked to. A job is registered before it is submitted and checks, as it starts,
 * that its case is not closing; so none can slip past a close and run on a closed store.
 */
public final class CaseWork {
    /** Guarded by {@code this}. */
    private final List<Tracked> running = new ArrayList<>();
    /** Cases whose work was stopped (weak: a closed store is never opened again, a new one is made). */
    private final Set<CaseStore> stopped = Collections.newSetFromMap(new WeakHashMap<>());

    /**
     * Submits {@code job}, which uses {@code store}, to {@code runner}.
     *
     * @param noun names one such job in the closing status ("tuning run" gives "2 tuning runs"); blank for
     *             a quick read not worth naming (it is still waited for)
     */
    public <T> JobHandle<T> submit(JobRunner runner, CaseStore store, String noun, String title, Job<T> job) {
        Tracked tracked = new Tracked(store, noun == null ? "" : noun.strip(), new CompletableFuture<>());
        synchronized (this) {
            running.add(tracked);
        }
        JobHandle<T> handle;
        try {
            handle = runner.submit(title, context -> {
                if (isStopped(store)) {
                    throw new JobCancelledException();
                }
                return job.run(context);
            });
        } catch (RuntimeException refused) {
            ended(tracked);
            throw refused;
        }
        synchronized (this) {
            tracked.handle = handle;
            if (tracked.cancelled) {
                handle.cancel();
            }
        }
        handle.result().whenComplete((value, failure) -> ended(tracked));
        return handle;
    }

    /**
     * Cancels every job of {@code store} (and any submitted for it later). The stage completes, always
     * normally, once all of them have ended; {@code what} counts them by noun, e.g. "1 tuning run".
     */
    public Stopping stop(CaseStore store) {
        List<Tracked> mine;
        synchronized (this) {
            stopped.add(store);
            mine = running.stream().filter(t -> t.store == store).toList();
            for (Tracked tracked : mine) {
                tracked.cancelled = true;
                if (tracked.handle != null) {
                    tracked.handle.cancel();
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        mine.stream().filter(t -> !t.noun.isEmpty()).forEach(t -> counts.merge(t.noun, 1, Integer::sum));
        String what = String.join(", ", counts.entrySet().stream()
                .map(count -> Stopping.counted(count.getValue(), count.getKey())).toList());
        return new Stopping(what, CompletableFuture.allOf(mine.stream().map(t -> t.ended)
                .toArray(CompletableFuture[]::new)));
    }

    /** Whether {@code store}'s work was stopped (its case is closing or closed). */
    public synchronized boolean isStopped(CaseStore store) {
        return stopped.contains(store);
    }

    private void ended(Tracked tracked) {
        synchronized (this) {
            running.remove(tracked);
        }
        tracked.ended.complete(null);
    }

    private static final class Tracked {
        final CaseStore store;
        final String noun;
        final CompletableFuture<Void> ended;
        JobHandle<?> handle;
        boolean cancelled;

        Tracked(CaseStore store, String noun, CompletableFuture<Void> ended) {
            this.store = store;
            this.noun = noun;
            this.ended = ended;
        }
    }
}
