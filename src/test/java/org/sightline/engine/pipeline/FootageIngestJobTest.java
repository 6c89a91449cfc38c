package org.sightline.engine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobState;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.JobEvent;
import org.sightline.core.pipeline.FootageIngestJob;
import org.sightline.core.pipeline.IngestSettings;
import org.sightline.core.video.FrameSampling;

/** The first 60 frames of the PETS clip, every 2nd frame, through the real pipeline. */
class FootageIngestJobTest {
    static final IngestSettings FIRST_60_EVERY_2ND = PetsCase.FIRST_60_EVERY_2ND;
    static final List<Long> EXPECTED_FRAMES = LongStream.range(0, 30).map(i -> 2 * i).boxed().toList();

    @TempDir
    static Path temp;
    static ModelStoreEngines engines;
    static CaseStore store;
    static Source video;
    static CaseJob finished;

    @BeforeAll
    static void ingest() {
        Path folder = PetsCase.folder();
        engines = PetsCase.engines();
        finished = PetsCase.job();
        store = Cases.open(folder);
        video = store.source(PetsCase.sourceId()).orElseThrow();
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void storesEverySampledFrameWithItsTime() {
        assertEquals(CaseJobState.SUCCEEDED, finished.state(), finished.error());
        assertEquals(EXPECTED_FRAMES, new Footage(store).frames(video.id()).stream().map(f -> f.index()).toList());
        var frame = new Footage(store).frames(video.id()).get(5);
        assertEquals(10, frame.index());
        assertEquals(1000, frame.timestampMs().orElseThrow() - new Footage(store).frames(video.id()).get(0)
                .timestampMs().orElseThrow());
        assertEquals(480, frame.width());
        assertEquals(30, finished.done());
        assertEquals("58", finished.cursor());
    }

    @Test
    void everyDetectionHasAThumbnailFileAndAnEmbedding() throws Exception {
        long detections = IngestFixture.single(store, "SELECT count(*) FROM detections");
        System.out.println("FootageIngestJobTest: " + detections + " detections in 30 frames");
        assertTrue(detections >= 60, detections + " detections");
        assertEquals(detections, IngestFixture.single(store,
                "SELECT count(*) FROM embeddings WHERE model_id = 'osnet-x0.25-msmt17' AND dimension = 512"));
        assertEquals("nanodet-m-416", store.read(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT DISTINCT detector_id FROM detections")) {
                r.next();
                return r.getString(1);
            }
        }));
        for (DetectionRow d : new Footage(store).detectionsAt(video.id(), 20)) {
            Path thumbnail = d.thumbnail().orElseThrow();
            assertTrue(Files.size(thumbnail) > 500, thumbnail.toString());
            assertTrue(thumbnail.startsWith(store.sourceThumbnailsDir(video.id())), thumbnail.toString());
        }
    }

    @Test
    void tracksFollowPeopleOverManyFrames() {
        List<Long> trackLengths = IngestFixture.longs(store,
                "SELECT count(*) FROM detections WHERE track_id IS NOT NULL GROUP BY track_id ORDER BY 1 DESC");
        long tracked = IngestFixture.single(store, "SELECT count(*) FROM detections WHERE track_id IS NOT NULL");
        long all = IngestFixture.single(store, "SELECT count(*) FROM detections");
        System.out.println("FootageIngestJobTest: track lengths " + trackLengths + ", " + tracked + " of " + all + " tracked");
        assertTrue(trackLengths.size() >= 3 && trackLengths.get(2) >= 15, "track lengths " + trackLengths);
        assertTrue(tracked >= 0.8 * all, tracked + " of " + all + " detections tracked");
        // A track never holds two detections of one frame.
        assertEquals(0, IngestFixture.single(store, "SELECT count(*) FROM (SELECT track_id, frame_id FROM detections "
                + "WHERE track_id IS NOT NULL GROUP BY track_id, frame_id HAVING count(*) > 1)"));
    }

    @Test
    void cancelAndResumeStoresTheSameFramesOnceAndTracksGoOn() {
        try (CaseStore other = Cases.create(temp.resolve("resumed"), "resumed")) {
            Source source = other.addSource(SourceKind.VIDEO, video.path());
            FootageIngestJob job = new FootageIngestJob(source.id(), FIRST_60_EVERY_2ND, engines, null);
            CaseJob cancelled = IngestFixture.run(other, job, done -> done >= 14);
            assertEquals(CaseJobState.CANCELLED, cancelled.state());
            long framesAtCancel = new Footage(other).counts(source.id()).frames();
            assertTrue(framesAtCancel >= 14 && framesAtCancel < 30, framesAtCancel + " frames at cancel");
            assertEquals(Long.toString(2 * (framesAtCancel - 1)), cancelled.cursor(), "cursor = last committed frame");
            long maxTrackBefore = IngestFixture.single(other, "SELECT max(id) FROM tracks");

            var resumed = FootageIngestJob.factory(engines, null).fromParams(cancelled.params());
            CaseJob done = IngestFixture.runSaved(other, cancelled.id(), resumed, d -> false);
            assertEquals(CaseJobState.SUCCEEDED, done.state(), done.error());
            assertEquals(EXPECTED_FRAMES, new Footage(other).frames(source.id()).stream().map(f -> f.index()).toList());
            assertEquals(IngestFixture.single(store, "SELECT count(*) FROM detections"),
                    IngestFixture.single(other, "SELECT count(*) FROM detections"), "same detections as one run");
            long trackedAfter = IngestFixture.single(other, "SELECT count(*) FROM detections d JOIN frames f "
                    + "ON f.id = d.frame_id WHERE f.frame_index > " + 2 * framesAtCancel + " AND d.track_id > " + maxTrackBefore);
            assertTrue(trackedAfter > 20, trackedAfter + " detections after the resume in new tracks");
            assertTrue(IngestFixture.single(other, "SELECT count(*) FROM tracks WHERE tracker_id LIKE 'job%@f"
                    + (2 * framesAtCancel - 1) + "/%'") >= 3, "tracks of the resumed run are named after it");
        }
    }

    @Test
    void truncatedVideoKeepsTheFramesBeforeTheBreakAndSaysWhere() throws Exception {
        byte[] whole = Files.readAllBytes(video.path());
        Path truncated = temp.resolve("truncated.avi");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 12));
        try (CaseStore other = Cases.create(temp.resolve("truncated"), "truncated")) {
            Source source = other.addSource(SourceKind.VIDEO, truncated);
            IngestSettings settings = IngestSettings.DEFAULT.withSampling(FrameSampling.everyNthFrame(5)).withBatchFrames(4);
            CaseJob failed = IngestFixture.run(other, new FootageIngestJob(source.id(), settings, engines, null), d -> false);
            assertEquals(CaseJobState.FAILED, failed.state());
            long kept = new Footage(other).counts(source.id()).frames();
            System.out.println("FootageIngestJobTest: " + failed.error());
            assertTrue(kept >= 5, kept + " frames kept");
            assertTrue(failed.error().contains(truncated.toString()) && failed.error().contains("at frame ")
                    && failed.error().contains("Kept the " + kept + " frames"), failed.error());
            assertTrue(new CaseJobs(other).events(failed.id()).stream()
                    .anyMatch(e -> e.level() == JobEvent.Level.ERROR && e.message().contains("truncated")));
            assertEquals(kept, IngestFixture.single(other, "SELECT count(DISTINCT frame_id) FROM embeddings e JOIN "
                    + "detections d ON d.id = e.detection_id") + IngestFixture.single(other, "SELECT count(*) FROM frames "
                    + "WHERE id NOT IN (SELECT frame_id FROM detections)"), "kept frames are complete");
        }
    }
}
