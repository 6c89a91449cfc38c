package org.sightline.engine.djl.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.IdentityFolders;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.TuningData;
import org.sightline.core.tuning.TuningInputs;
import org.sightline.core.tuning.resume.TuningCheckpoint;
import org.sightline.core.tuning.resume.TuningCheckpointCodec;
import org.sightline.engine.djl.vl.PedestrianVlModel;

/**
 * A run interrupted after epoch k and continued from that epoch's checkpoint (through its stored bytes)
 * ends with the same pack, bit for bit, and the same epochs as a run never interrupted, for both tasks.
 */
class TuningResumeTest {

    /** Cancels the job once {@code after} epochs were reported. */
    private static final class CancelAfter implements JobContext {
        final AtomicBoolean cancelled = new AtomicBoolean();
        final int after;
        int seen;

        CancelAfter(int after) {
            this.after = after;
        }

        void epoch() {
            if (++seen == after) {
                cancelled.set(true);
            }
        }

        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    /** Counts the epochs a run trained (it reports progress once per trained epoch). */
    private static final class Trained implements JobContext {
        final List<Long> epochs = new ArrayList<>();

        @Override
        public void progress(long done, long total, String message) {
            if (message.startsWith("epoch ")) {
                epochs.add(done);
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    @Test
    void attributeRunResumedAfterEpochTwoEndsWithTheUninterruptedPack(@TempDir Path dir) throws Exception {
        TuningData data = TuningInputs.read(PromptTuningTest.petaCsv(dir, 80), BuiltInSchemas.peta35(), true);
        TuningOptions options = new TuningOptions(4, 5, 2, 0.01, 16, 10, 0.3);
        try (PedestrianVlModel model = PromptTuningTest.openModel()) {
            TuningResult whole = new PromptTuning(model, data, options, line -> { }).run(null);

            List<byte[]> saved = new ArrayList<>();
            CancelAfter cancel = new CancelAfter(2);
            try {
                new PromptTuning(model, data, options, line -> { }, e -> cancel.epoch())
                        .run(cancel, new TuningResume(null, c -> saved.add(TuningCheckpointCodec.encode(c))));
            } catch (JobCancelledException expected) {
                // no epoch improved on the start: the run ends as cancelled, its checkpoints stay
            }
            assertEquals(2, saved.size(), "a checkpoint per finished epoch, none for the cancelled one");
            TuningCheckpoint atTwo = TuningCheckpointCodec.decode(saved.getLast(), "test");
            assertEquals(2, atTwo.epochsDone());
            List<EpochRecord> replayed = new ArrayList<>();
            Trained trained = new Trained();
            TuningResult resumed = new PromptTuning(model, data, options, line -> { }, replayed::add)
                    .run(trained, new TuningResume(atTwo, null));

            assertEquals(List.of(3L, 4L), trained.epochs, "only the epochs after the checkpoint are trained again");
            assertEquals(atTwo.history().getFirst().seconds(), resumed.epochs().getFirst().seconds(), 0.0, "epoch 1 comes from the checkpoint");

            assertSamePack(whole.pack(), resumed.pack());
            assertSameEpochs(whole.epochs(), resumed.epochs());
            assertSameEpochs(whole.epochs(), replayed);
            assertEquals(whole.tuned().meanAccuracy(), resumed.tuned().meanAccuracy());
        }
    }

    @Test
    void descriptionRunResumedAfterEpochOneEndsWithTheUninterruptedPack(@TempDir Path dir) throws Exception {
        Path data = Path.of(System.getProperty("sightline.dataDir", "../shared/data"));
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("market-dev/labels.csv")),
                "market-dev labels needed in " + data.toAbsolutePath());
        Path root = dir.resolve("ids");
        MarketIdentityFolders.write(data, root, 10, 2);
        IdentityFolders.Identities ids = IdentityFolders.read(root, false);
        TuningOptions options = new TuningOptions(3, 4, 2, 0.005, 4, 10, 0.3);
        try (PedestrianVlModel model = PromptTuningTest.openModel()) {
            DescriptionTuningResult whole = new DescriptionTuning(model, ids, options, line -> { }).run(null);

            List<TuningCheckpoint> saved = new ArrayList<>();
            CancelAfter cancel = new CancelAfter(1);
            try {
                new DescriptionTuning(model, ids, options, line -> { }, e -> cancel.epoch())
                        .run(cancel, new TuningResume(null, saved::add));
            } catch (JobCancelledException expected) {
                // no epoch improved on the start
            }
            assertEquals(1, saved.size());
            TuningCheckpoint atOne = TuningCheckpointCodec.decode(TuningCheckpointCodec.encode(saved.getFirst()), "test");
            Trained trained = new Trained();
            DescriptionTuningResult resumed = new DescriptionTuning(model, ids, options, line -> { })
                    .run(trained, new TuningResume(atOne, null));

            assertEquals(List.of(2L, 3L), trained.epochs, "only the epochs after the checkpoint are trained again");

            assertSamePack(whole.pack(), resumed.pack());
            assertSameEpochs(whole.epochs(), resumed.epochs());
            assertEquals(whole.after().recallAt1(), resumed.after().recallAt1());
        }
    }

    static void assertSamePack(PromptPack expected, PromptPack actual) {
        assertArrayEquals(expected.prompts().values(), actual.prompts().values(), 0f, "prompt values bit for bit");
        assertEquals(expected.heads(), actual.heads(), "heads (scale and offset per attribute)");
        assertEquals(expected.facts(), actual.facts());
    }

    static void assertSameEpochs(List<EpochRecord> expected, List<EpochRecord> actual) {
        assertEquals(expected.size(), actual.size(), "epochs " + actual);
        assertTrue(expected.size() > 1);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).epoch(), actual.get(i).epoch());
            assertEquals(expected.get(i).trainingLoss(), actual.get(i).trainingLoss(), 0.0, "loss of epoch " + (i + 1));
            assertEquals(expected.get(i).validationMa(), actual.get(i).validationMa(), 0.0, "metric of epoch " + (i + 1));
        }
    }
}
