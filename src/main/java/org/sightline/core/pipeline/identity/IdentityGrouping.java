package org.sightline.core.pipeline.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.cases.footage.Embeddings;
import org.sightline.core.cases.footage.IdentityLinks;
import org.sightline.core.identities.Corrections;
import org.sightline.core.identities.Identities;
import org.sightline.core.identities.Identity;
import org.sightline.core.identities.IdentityClustering;
import org.sightline.core.identities.TrackletAppearance;

/**
 * Groups every track of the case, across all its sources, into identities with
 * {@link IdentityClustering}, respecting the investigator's corrections ({@code identity_links}),
 * and saves each detection's identity. Identity ids stay stable where they can: each new group
 * takes the id of the old identity most of its detections had (biggest groups choose first), so
 * a regroup after more footage keeps the names and notes the investigator gave. Identities left
 * without detections stay in the table (their correction history refers to them) but are not
 * listed. Groups outside the store's lock and saves in one transaction (hundreds of tracks:
 * milliseconds; 10,000 tracks of well-told-apart people: seconds; see {@link IdentityClustering}).
 */
public final class IdentityGrouping {

    /**
     * Average cosine distance up to which groups of tracks merge: 0.3, i.e. mean vectors at cosine
     * 0.7 or more. OSNet x0.25 (MSMT17) scores the same person across frames of the PETS clip at
     * 0.82-0.85 and different people at 0.35-0.61 (models/PROVENANCE.md); track means are steadier
     * than single crops, so 0.7 sits between the two with a margin on each side.
     */
    public static final double DEFAULT_MAX_COSINE_DISTANCE = 0.3;

    private final IdentityClustering clustering;

    public IdentityGrouping(double maxCosineDistance) {
        this.clustering = new IdentityClustering(maxCosineDistance);
    }

    public IdentityGrouping() {
        this(DEFAULT_MAX_COSINE_DISTANCE);
    }

    /** Regroups with the case's only embedding model; a case without vectors has nothing to group. */
    public GroupingResult regroup(CaseStore store) {
        Optional<EmbeddingModel> model = onlyModel(store);
        if (model.isEmpty()) {
            return new GroupingResult(0, 0, 0);
        }
        List<TrackletAppearance> tracklets = TrackletRows.load(store, model.get());
        // Grouped outside the transaction: the store answers nothing else while one is open, and
        // grouping hours of footage takes seconds. Corrections saved meanwhile are grouped anew.
        Corrections seen = store.read(IdentityLinks::load);
        Identities groupedOutside = clustering.group(tracklets, seen);
        return store.inTransaction(c -> {
            Corrections corrections = IdentityLinks.load(c);
            Identities grouped = corrections.equals(seen) ? groupedOutside : clustering.group(tracklets, corrections);
            return save(c, grouped, tracklets.size());
        });
    }

    static Optional<EmbeddingModel> onlyModel(CaseStore store) {
        List<EmbeddingModel> models = Embeddings.models(store);
        if (models.size() > 1) {
            throw new IllegalStateException("Case " + store.info().folder() + " holds vectors of several re-ID models "
                    + models.stream().map(EmbeddingModel::modelId).toList() + "; identities need one");
        }
        return models.stream().findFirst();
    }

    private static GroupingResult save(Connection c, Identities grouped, int tracklets) throws SQLException {
        Map<Long, Long> oldIdentity = oldIdentityOfTrack(c);
        List<Identity> biggestFirst = new ArrayList<>(grouped.all());
        biggestFirst.sort(Comparator.comparingInt(IdentityGrouping::detections).reversed()
                .thenComparingInt(Identity::number));
        Set<Long> taken = new HashSet<>();
        int created = 0;
        try (Statement clear = c.createStatement()) {
            clear.executeUpdate("UPDATE detections SET identity_id = NULL WHERE identity_id IS NOT NULL");
        }
        try (PreparedStatement assign = c.prepareStatement("UPDATE detections SET identity_id = ? WHERE track_id = ?")) {
            for (Identity identity : biggestFirst) {
                Long id = bestOldId(identity, oldIdentity, taken);
                if (id == null) {
                    id = insertIdentity(c);
                    created++;
                }
                taken.add(id);
                for (TrackletAppearance tracklet : identity.tracklets()) {
                    assign.setLong(1, id);
                    assign.setLong(2, IdentityLinks.trackId(tracklet.key()));
                    assign.addBatch();
                }
            }
            assign.executeBatch();
        }
        return new GroupingResult(tracklets, grouped.all().size(), created);
    }

    private static int detections(Identity identity) {
        return identity.tracklets().stream().mapToInt(TrackletAppearance::detections).sum();
    }

    private static Long bestOldId(Identity identity, Map<Long, Long> oldIdentity, Set<Long> taken) {
        Map<Long, Integer> votes = new HashMap<>();
        for (TrackletAppearance tracklet : identity.tracklets()) {
            Long old = oldIdentity.get(IdentityLinks.trackId(tracklet.key()));
            if (old != null && !taken.contains(old)) {
                votes.merge(old, tracklet.detections(), Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    static Map<Long, Long> oldIdentityOfTrack(Connection c) throws SQLException {
        Map<Long, Long> identities = new HashMap<>();
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT track_id, max(identity_id) FROM detections WHERE track_id IS NOT NULL "
                        + "AND identity_id IS NOT NULL GROUP BY track_id")) {
            while (rows.next()) {
                identities.put(rows.getLong(1), rows.getLong(2));
            }
        }
        return identities;
    }

    private static long insertIdentity(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO identities (created_ms) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, System.currentTimeMillis());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
