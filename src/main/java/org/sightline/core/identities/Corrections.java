package org.sightline.core.identities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A user's corrections to identity grouping, as constraints on tracklet pairs that every re-run
 * of {@link IdentityClustering} respects: must-link pairs end in one identity, cannot-link pairs
 * never do. Immutable; each correction returns new corrections, the later one winning over
 * earlier ones it contradicts.
 */
public record Corrections(Set<Link> mustLink, Set<Link> cannotLink) {

    /** An unordered pair of tracklet keys. */
    public record Link(String first, String second) {

        public Link {
            if (first.equals(second)) {
                throw new IllegalArgumentException("A tracklet cannot be linked with itself: " + first);
            }
            if (first.compareTo(second) > 0) {
                String swap = first;
                first = second;
                second = swap;
            }
        }

        boolean involves(String key) {
            return first.equals(key) || second.equals(key);
        }
    }

    public Corrections {
        mustLink = Set.copyOf(mustLink);
        cannotLink = Set.copyOf(cannotLink);
    }

    public static Corrections none() {
        return new Corrections(Set.of(), Set.of());
    }

    /**
     * The user says identities {@code a} and {@code b} of {@code current} are one person.
     *
     * @throws IllegalArgumentException if they hold tracklets seen at the same time in one video
     */
    public Corrections merge(Identities current, int a, int b) {
        Identity first = current.get(a);
        Identity second = current.get(b);
        if (a == b) {
            return this;
        }
        for (TrackletAppearance x : first.tracklets()) {
            for (TrackletAppearance y : second.tracklets()) {
                if (x.overlaps(y)) {
                    throw new IllegalArgumentException("Cannot merge identities " + a + " and " + b + ": tracklets "
                            + x.key() + " and " + y.key() + " are seen at the same time in video " + x.videoId());
                }
            }
        }
        Set<Link> must = new HashSet<>(mustLink);
        List<String> members = new ArrayList<>(first.keys());
        members.addAll(second.keys());
        chain(members, must);
        Set<Link> cannot = new HashSet<>(cannotLink);
        cannot.removeIf(link -> first.keys().contains(link.first()) && second.keys().contains(link.second())
                || second.keys().contains(link.first()) && first.keys().contains(link.second()));
        return new Corrections(must, cannot);
    }

    /** The user says tracklet {@code key} does not show the person of its identity in {@code current}. */
    public Corrections split(Identities current, String key) {
        Identity identity = current.of(key);
        List<String> rest = identity.keys().stream().filter(k -> !k.equals(key)).toList();
        Set<Link> must = new HashSet<>(mustLink);
        // Members held together only through this tracklet stay together.
        List<String> linkedThroughIt = rest.stream().filter(k -> must.contains(new Link(k, key))).toList();
        must.removeIf(link -> link.involves(key));
        chain(linkedThroughIt, must);
        Set<Link> cannot = new HashSet<>(cannotLink);
        rest.forEach(other -> cannot.add(new Link(key, other)));
        return new Corrections(must, cannot);
    }

    private static void chain(List<String> keys, Set<Link> must) {
        for (int i = 1; i < keys.size(); i++) {
            must.add(new Link(keys.getFirst(), keys.get(i)));
        }
    }
}
