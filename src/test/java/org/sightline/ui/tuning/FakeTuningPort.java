package org.sightline.ui.tuning;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.AttributeHead;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;

/**
 * A scripted {@link TuningPort} for the tuning dialog's tests (no model): base {@link #BASE}, schema
 * peta-35. Starting a run (in the open case or not) runs the script given to {@link #starts}, resuming one
 * the script given to {@link #resumes} (request null); a run without a script fails the test. It records
 * the requests and calls it gets, and lists {@link #saved} as the case's interrupted runs (a resume takes
 * its run off). Also the packs scripts return.
 */
final class FakeTuningPort implements TuningPort {

    static final ModelIdentity BASE = new ModelIdentity("sightline-pedvl", "ab".repeat(32));

    /** One scripted run: its request (null for a resume), where finished epochs go, the job's context. */
    @FunctionalInterface
    interface Script {
        TuningOutcome run(TuningRequest request, Consumer<TuningEpoch> epochs, JobContext context) throws Exception;
    }

    final List<TuningRequest> requests = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<InterruptedTuning> saved = new CopyOnWriteArrayList<>();
    private Script start;
    private Script resume;
    private boolean caseOnly;

    static PromptPack attributePack(ModelIdentity base) {
        return new PromptPack(base, "peta-35", new TextPrompts(1, 2, new float[] {1, 2}),
                List.of(new AttributeHead("personalMale", "a man", "a woman", 10f, 0f)), Map.of());
    }

    static PromptPack attributePack() {
        return attributePack(BASE);
    }

    static PromptPack searchPack() {
        return new PromptPack(BASE, "retrieval", new TextPrompts(1, 2, new float[] {1, 2}), List.of(), Map.of("task", "retrieval"));
    }

    /** Every run started, in a case or not, runs {@code script}. */
    FakeTuningPort starts(Script script) {
        this.start = script;
        return this;
    }

    /** As {@link #starts}, and a run started without a case fails the test (with one open it must belong to it). */
    FakeTuningPort startsInCaseOnly(Script script) {
        this.caseOnly = true;
        return starts(script);
    }

    FakeTuningPort resumes(Script script) {
        this.resume = script;
        return this;
    }

    @Override
    public ModelIdentity base() {
        return BASE;
    }

    @Override
    public List<String> schemas() {
        return List.of("peta-35");
    }

    @Override
    public Job<TuningOutcome> tuning(TuningRequest request, Consumer<TuningEpoch> epochs) {
        if (caseOnly) {
            return context -> {
                throw new AssertionError("with a case open the run must belong to the case");
            };
        }
        return run("start", start, request, epochs);
    }

    @Override
    public Job<TuningOutcome> tuning(CaseStore store, TuningRequest request, Consumer<TuningEpoch> epochs) {
        return run("start in " + store.info().name(), start, request, epochs);
    }

    @Override
    public List<InterruptedTuning> interrupted(CaseStore store) {
        return List.copyOf(saved);
    }

    @Override
    public Job<TuningOutcome> resume(CaseStore store, long jobId, Consumer<TuningEpoch> epochs) {
        saved.removeIf(run -> run.jobId() == jobId);
        return run("resume " + jobId, resume, null, epochs);
    }

    private Job<TuningOutcome> run(String call, Script script, TuningRequest request, Consumer<TuningEpoch> epochs) {
        return context -> {
            calls.add(call);
            if (request != null) {
                requests.add(request);
            }
            if (script == null) {
                throw new AssertionError("no script for this run: " + call);
            }
            return script.run(request, epochs, context);
        };
    }
}
