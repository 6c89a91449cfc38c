package org.sightline.core.pipeline.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.cases.footage.IdentityLinks;
import org.sightline.core.identities.Corrections;
import org.sightline.core.identities.Identities;
import org.sightline.core.identities.Identity;
import org.sightline.core.identities.TrackletAppearance;

/**
 * The investigator's identity corrections: merge two identities, or split a track out of its
 * identity. Each is saved as tracklet-pair constraints ({@code identity_links}, which every later
 * regroup respects) plus a history row in {@code identity_corrections}, then the case is regrouped
 * so the correction shows at once.
 */
public final class IdentityEditor {
    private final CaseStore store;
    private final IdentityGrouping grouping;

    public IdentityEditor(CaseStore store, IdentityGrouping grouping) {
        this.store = store;
        this.grouping = grouping;
    }

    /**
     * Identities {@code a} and {@code b} are one person.
     *
     * @throws IllegalArgumentException if either has no detections, or they are seen at the same time in one video
     */
    public GroupingResult merge(long a, long b, String author) {
        Current current = current();
        int first = current.number(a);
        int second = current.number(b);
        for (TrackletAppearance x : current.identities.get(first).tracklets()) {
            for (TrackletAppearance y : current.identities.get(second).tracklets()) {
                if (x.overlaps(y)) {
                    throw new IllegalArgumentException("Cannot merge identities " + a + " and " + b + ": their tracks "
                            + IdentityLinks.trackId(x.key()) + " and " + IdentityLinks.trackId(y.key())
                            + " are seen at the same time in " + x.videoId());
                }
            }
        }
        store.inTransaction(c -> {
            IdentityLinks.save(c, IdentityLinks.load(c).merge(current.identities, first, second));
            IdentityLinks.recordHistory(c, "MERGE", a, b, null, author);
            return null;
        });
        return grouping.regroup(store);
    }

    /**
     * Track {@code trackId} does not show the person of its identity.
     *
     * @throws IllegalArgumentException if the track has no identity
     */
    public GroupingResult split(long trackId, String author) {
        Current current = current();
        String key = IdentityLinks.key(trackId);
        Long identityId = current.identityOfTrack.get(trackId);
        if (identityId == null) {
            throw new IllegalArgumentException("Track " + trackId + " belongs to no identity in case "
                    + store.info().folder() + "; group identities first");
        }
        store.inTransaction(c -> {
            IdentityLinks.save(c, IdentityLinks.load(c).split(current.identities, key));
            IdentityLinks.recordHistory(c, "SPLIT", identityId, null, trackId, author);
            return null;
        });
        return grouping.regroup(store);
    }

    /** The grouping as saved, as {@link Identities} numbered in identity-id order. */
    private Current current() {
        EmbeddingModel model = IdentityGrouping.onlyModel(store).orElseThrow(() -> new IllegalArgumentException(
                "Case " + store.info().folder() + " has no re-ID vectors, so no identities to correct"));
        List<TrackletAppearance> tracklets = TrackletRows.load(store, model);
        Map<Long, Long> identityOfTrack = store.read(IdentityGrouping::oldIdentityOfTrack);
        Map<Long, List<TrackletAppearance>> members = new java.util.TreeMap<>();
        for (TrackletAppearance tracklet : tracklets) {
            Long identity = identityOfTrack.get(IdentityLinks.trackId(tracklet.key()));
            if (identity != null) {
                members.computeIfAbsent(identity, k -> new ArrayList<>()).add(tracklet);
            }
        }
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        List<Identity> identities = new ArrayList<>();
        members.forEach((id, group) -> {
            numbers.put(id, identities.size());
            identities.add(new Identity(identities.size(), group, group.getFirst().embedding()));
        });
        return new Current(new Identities(identities), numbers, identityOfTrack);
    }

    private record Current(Identities identities, Map<Long, Integer> numbers, Map<Long, Long> identityOfTrack) {
        int number(long identityId) {
            Integer number = numbers.get(identityId);
            if (number == null) {
                throw new IllegalArgumentException("No identity " + identityId + " with detections in this case");
            }
            return number;
        }
    }
}
