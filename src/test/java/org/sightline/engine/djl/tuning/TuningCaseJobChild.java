package org.sightline.engine.djl.tuning;

import java.nio.file.Path;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.resume.TuningCaseJobs;
import org.sightline.core.tuning.resume.TuningRunSpec;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.engine.djl.vl.PedestrianVlModel;

/**
 * Child process of {@link TuningCaseJobCrashTest}: creates a case and runs a tuning case job on the labels
 * CSV {@code args[1]}, pausing after each epoch so the parent can kill it mid-run.
 */
public final class TuningCaseJobChild {

    static final TuningOptions OPTIONS = new TuningOptions(5, 5, 2, 0.01, 16, 10, 0.3);

    static final TuningCaseJob.BaseModel BASE = new TuningCaseJob.BaseModel() {
        @Override
        public ModelIdentity identity() {
            return ShippedPedVlModels.identity();
        }

        @Override
        public PedestrianVlModel open() throws Exception {
            return PromptTuningTest.openModel();
        }
    };

    static TuningRunSpec spec(Path csv) throws Exception {
        TuningRun.Inputs inputs = TuningRun.read(TuningRun.ATTRIBUTES, csv, "peta-35", id -> BuiltInSchemas.peta35(), true);
        return TuningRun.spec(TuningRun.ATTRIBUTES, csv, "peta-35", OPTIONS, BASE.identity(), TuningRunSpec.IMAGE_PROMPTS_ON, inputs);
    }

    public static void main(String[] args) throws Exception {
        Path csv = Path.of(args[1]);
        try (CaseStore store = Cases.create(Path.of(args[0]), "tuning crash")) {
            TuningRunSpec spec = spec(csv);
            long id = new CaseJobs(store).create(TuningCaseJobs.KIND, spec.toJson()).id();
            TuningCaseJob job = new TuningCaseJob(spec, BASE, schema -> BuiltInSchemas.peta35(), epoch -> {
                System.out.println("epoch " + epoch.epoch() + " finished");
                try {
                    // from the third epoch on it waits to be killed: a parent slowed down by a loaded machine
                    // still finds the run part-way (the listener runs before its epoch is saved: 2 of 5 saved)
                    Thread.sleep(epoch.epoch() >= 3 ? 600_000 : 1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            job.runIn(store, id, new JobContext() {
                @Override
                public void progress(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        }
        System.out.println("finished without being killed");
    }
}
