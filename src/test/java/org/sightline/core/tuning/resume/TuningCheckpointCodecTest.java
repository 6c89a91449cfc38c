package org.sightline.core.tuning.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.tuning.resume.TuningCheckpoint.Epoch;
import org.sightline.core.tuning.resume.TuningCheckpoint.LearnedArray;
import org.sightline.core.tuning.resume.TuningCheckpoint.NamedValues;

/** Checkpoints round-trip exactly through their bytes, the case table and the run database; damage is named. */
class TuningCheckpointCodecTest {

    @TempDir
    Path temp;

    static TuningCheckpoint sample() {
        return new TuningCheckpoint(List.of(
                new LearnedArray("prompts", new long[] {2, 2}, new float[] {0.1f, -0f, Float.MIN_VALUE, 3e8f},
                        new float[] {1, 2, 3, 4}, new float[] {1e-12f, 0, 0, 5}),
                new LearnedArray("logScale", new long[] {1}, new float[] {2.9957323f}, new float[] {0.5f}, new float[] {0.25f})),
                37, 3, 2, 0.6123456789012345, 1,
                List.of(new NamedValues("prompts", new float[] {1, 2, 3, 4}), new NamedValues("logScale", new float[] {3})),
                List.of(new Epoch(1, 0.9, 0.5, 1.25), new Epoch(2, 0.8, 0.6123456789012345, 1.5), new Epoch(3, 0.7, 0.6, 1.0)));
    }

    @Test
    void bytesRoundTripBitForBit() {
        TuningCheckpoint checkpoint = sample();
        TuningCheckpoint back = TuningCheckpointCodec.decode(TuningCheckpointCodec.encode(checkpoint), "test");
        assertEquals(checkpoint, back);
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(back.learned().getFirst().values()[1]), "negative zero kept");
    }

    @Test
    void damagedBytesAreRefusedNamingWhere() {
        byte[] bytes = TuningCheckpointCodec.encode(sample());
        IllegalArgumentException cut = assertThrows(IllegalArgumentException.class,
                () -> TuningCheckpointCodec.decode(Arrays.copyOf(bytes, bytes.length - 5), "case /cases/a, run 4"));
        assertTrue(cut.getMessage().startsWith("The tuning checkpoint of case /cases/a, run 4 is damaged"), cut.getMessage());
        bytes[0] = 'X';
        IllegalArgumentException magic = assertThrows(IllegalArgumentException.class, () -> TuningCheckpointCodec.decode(bytes, "x"));
        assertTrue(magic.getMessage().contains("not a version 1 tuning checkpoint"), magic.getMessage());
    }

    @Test
    void caseTableAndRunDatabaseHoldTheSameCheckpoint() throws Exception {
        try (CaseStore store = Cases.create(temp.resolve("case"), "checkpoints")) {
            long job = new CaseJobs(store).create(TuningCaseJobs.KIND, "{}").id();
            store.inTransaction(c -> {
                TuningCheckpoints.save(c, job, sample());
                TuningCheckpoints.save(c, job, sample());
                return null;
            });
            assertEquals(sample(), TuningCaseJobs.checkpoint(store, job).orElseThrow());
        }
        Path file = temp.resolve("pack.json.tuning.db");
        TuningRunSpec spec = TuningRunSpecTest.spec(30, "ab");
        try (TuningRunDatabase db = TuningRunDatabase.create(file, spec)) {
            assertTrue(db.checkpoint().isEmpty());
            db.save(sample());
        }
        try (TuningRunDatabase db = TuningRunDatabase.open(file)) {
            assertEquals(spec, db.spec());
            assertEquals(sample(), db.checkpoint().orElseThrow());
        }
        TuningRunDatabase.delete(file);
        TuningResumeException none = assertThrows(TuningResumeException.class, () -> TuningRunDatabase.open(file));
        assertTrue(none.getMessage().startsWith("Nothing to resume: no unfinished tuning run is saved in " + file), none.getMessage());
    }
}
