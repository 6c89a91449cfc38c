package org.sightline.engine.djl.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.TuningData;
import org.sightline.core.tuning.TuningInputs;
import org.sightline.engine.djl.vl.PedestrianVlModel;

/** Cancelling a real tuning run after some epochs keeps the best epoch so far, and the listener saw each epoch. */
class PromptTuningCancelTest {

    @Test
    void cancelAfterThreeEpochsReturnsTheBestEpochSoFar(@TempDir Path dir) throws Exception {
        TuningData data = TuningInputs.read(PromptTuningTest.petaCsv(dir, 100), BuiltInSchemas.peta35(), true);
        AtomicBoolean cancel = new AtomicBoolean();
        List<EpochRecord> seen = new ArrayList<>();
        JobContext context = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        try (PedestrianVlModel model = PromptTuningTest.openModel()) {
            TuningOptions options = new TuningOptions(20, 3, 2, 0.01, 32, 20, 0.3);
            TuningResult result = new PromptTuning(model, data, options, line -> { }, epoch -> {
                seen.add(epoch);
                cancel.set(seen.size() == 3);
            }).run(context);
            assertEquals(3, seen.size(), "the run stops in the epoch after the cancel");
            assertEquals(seen, result.epochs());
            assertEquals("cancel", result.pack().facts().get("stoppedBy"));
            assertTrue(result.bestEpoch() >= 1 && result.bestEpoch() <= 3, "best epoch " + result.bestEpoch());
        }
    }
}
