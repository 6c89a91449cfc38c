package org.sightline.core.identities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sightline.core.inference.Vectors;

/** The result of grouping tracklets: every identity, and which one each tracklet belongs to. */
public record Identities(List<Identity> all) {

    public Identities {
        all = List.copyOf(all);
    }

    /**
     * Identities from a clustering: tracklet {@code i} belongs to the cluster named by {@code root[i]}; the
     * clusters are numbered in order of their root, each with its detection-weighted mean embedding.
     */
    public static Identities fromRoots(List<TrackletAppearance> tracklets, int[] root) {
        Map<Integer, List<TrackletAppearance>> members = new TreeMap<>();
        for (int i = 0; i < root.length; i++) {
            members.computeIfAbsent(root[i], k -> new ArrayList<>()).add(tracklets.get(i));
        }
        List<Identity> identities = new ArrayList<>();
        for (List<TrackletAppearance> group : members.values()) {
            identities.add(new Identity(identities.size(), group, weightedMean(group)));
        }
        return new Identities(identities);
    }

    private static float[] weightedMean(List<TrackletAppearance> group) {
        double[] sum = new double[group.getFirst().embedding().length];
        for (TrackletAppearance t : group) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += (double) t.detections() * t.embedding()[i];
            }
        }
        float[] mean = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            mean[i] = (float) sum[i];
        }
        return Vectors.normalizeInPlace(mean);
    }

    public Identity get(int number) {
        if (number < 0 || number >= all.size()) {
            throw new IllegalArgumentException("No identity " + number + "; there are " + all.size());
        }
        return all.get(number);
    }

    /** The identity holding the tracklet {@code key}. */
    public Identity of(String key) {
        for (Identity identity : all) {
            if (identity.keys().contains(key)) {
                return identity;
            }
        }
        throw new IllegalArgumentException("No tracklet " + key + " in these identities");
    }

    /** Identity number of each tracklet key. */
    public Map<String, Integer> numberByKey() {
        Map<String, Integer> numbers = new HashMap<>();
        for (Identity identity : all) {
            identity.keys().forEach(key -> numbers.put(key, identity.number()));
        }
        return numbers;
    }
}
