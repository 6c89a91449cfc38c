package org.sightline.engine.pipeline;

import org.sightline.core.inference.BufferedImages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.footage.IdentitySummary;
import org.sightline.core.cases.footage.PersonMatch;
import org.sightline.core.cases.footage.PersonSearch;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.RgbImages;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.core.pipeline.RgbImageFiles;
import org.sightline.core.pipeline.identity.GroupingResult;
import org.sightline.core.pipeline.identity.IdentityEditor;
import org.sightline.core.pipeline.identity.IdentityGrouping;
import org.sightline.core.video.FrameSampling;
import org.sightline.engine.ffmpeg.FfmpegFrameSource;

/** "Find this person" and identity grouping on a copy of the PETS case. */
class PersonSearchTest {
    @TempDir
    static Path temp;
    static CaseStore store;
    static GroupingResult grouped;

    @BeforeAll
    static void open() throws Exception {
        store = Cases.open(PetsCase.copy(temp.resolve("case")));
        grouped = new IdentityGrouping().regroup(store);
        System.out.println("PersonSearchTest: " + grouped);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    /**
     * The middle detection of the longest track of someone walking: the clip's longest tracks are
     * of static far-away figures whose crops come out pixel-identical from frame to frame.
     */
    static DetectionRow middleOfLongestTrack() {
        long track = IngestFixture.single(store, "SELECT track_id FROM detections WHERE track_id IS NOT NULL "
                + "GROUP BY track_id HAVING max(x) - min(x) + max(y) - min(y) > 40 AND min(h) > 40 "
                + "ORDER BY count(*) DESC, track_id LIMIT 1");
        List<DetectionRow> detections = new Footage(store).detectionsOfTrack(track);
        return detections.get(detections.size() / 2);
    }

    @Test
    void aCropOfAPersonFromTheFootageFindsTheirOtherDetectionsFirst() throws Exception {
        DetectionRow person = middleOfLongestTrack();
        RgbImage crop;
        try (FfmpegFrameSource video = new FfmpegFrameSource(store.source(person.sourceId()).orElseThrow().path(),
                FrameSampling.everyFrame())) {
            video.seekToFrame(person.frameIndex());
            crop = RgbImages.crop(video.nextFrame().orElseThrow().image(), person.box());
        }
        Path file = temp.resolve("query.png");
        ImageIO.write(BufferedImages.toBufferedImage(crop), "png", file.toFile());
        PersonSearch search = PersonSearch.load(store);
        float[] query;
        try (IngestEngines.EmbedderChoice embedder = PetsCase.engines().embedder(search.model().modelId())) {
            assertEquals(search.model(), embedder.model());
            query = embedder.embedder().embed(List.of(RgbImageFiles.read(file)))[0];
        }
        List<PersonMatch> top = search.rank(query, 10);
        System.out.println("PersonSearchTest: top scores " + top.stream().map(m -> String.format("%.3f t%s",
                m.score(), m.detection().trackId())).toList());
        assertEquals(person.id(), top.getFirst().detection().id(), "the very detection the crop was cut from");
        assertTrue(top.getFirst().score() > 0.98, "score " + top.getFirst().score());
        long sameIdentity = top.stream().filter(m -> m.detection().identityId().equals(person.identityId())).count();
        assertTrue(sameIdentity >= 9, sameIdentity + " of the top 10 show the same person");
        assertTrue(top.get(9).score() <= top.get(1).score(), "ranked best first");
    }

    @Test
    void aDetectionOfTheCaseFindsItsOwnTrackWithoutItself() {
        DetectionRow person = middleOfLongestTrack();
        List<PersonMatch> top = PersonSearch.load(store).similarTo(person.id(), 10);
        assertFalse(top.stream().anyMatch(m -> m.detection().id() == person.id()));
        long sameTrack = top.stream().filter(m -> m.detection().trackId().equals(person.trackId())).count();
        assertTrue(sameTrack >= 8, sameTrack + " of the top 10 from the same track");
    }

    @Test
    void identitiesGroupTracksButNeverTwoPeopleSeenInTheSameFrame() {
        long tracks = IngestFixture.single(store, "SELECT count(*) FROM tracks");
        List<IdentitySummary> identities = new Footage(store).identities();
        System.out.println("PersonSearchTest: " + identities.size() + " identities from " + tracks + " tracks: "
                + identities.stream().map(i -> i.detections() + "/" + i.tracks()).toList());
        assertTrue(identities.size() >= 5 && identities.size() <= tracks, identities.size() + " identities");
        assertEquals(0, IngestFixture.single(store, "SELECT count(*) FROM (SELECT identity_id, frame_id FROM detections "
                + "WHERE identity_id IS NOT NULL GROUP BY identity_id, frame_id HAVING count(*) > 1)"),
                "an identity shows up twice in one frame");
        IdentitySummary biggest = identities.getFirst();
        assertTrue(biggest.representativeThumbnail().orElseThrow().toFile().isFile());
        assertEquals(biggest.detections(), new Footage(store).appearances(biggest.id()).size());
        assertEquals(List.of(PetsCase.sourceId()), biggest.sourceIds());
    }

    @Test
    void regroupingKeepsIdentityIds() {
        List<Long> before = new Footage(store).identities().stream().map(IdentitySummary::id).toList();
        GroupingResult again = new IdentityGrouping().regroup(store);
        assertEquals(0, again.newIdentities());
        assertEquals(before, new Footage(store).identities().stream().map(IdentitySummary::id).toList());
    }

    @Test
    void mergingTwoPeopleSeenAtTheSameTimeIsRefused() {
        List<IdentitySummary> identities = new Footage(store).identities();
        var error = assertThrows(IllegalArgumentException.class, () -> new IdentityEditor(store, new IdentityGrouping())
                .merge(identities.get(0).id(), identities.get(1).id(), "test"));
        assertTrue(error.getMessage().contains("seen at the same time"), error.getMessage());
    }
}
