package org.sightline.core.cases.footage;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sightline.core.cases.CaseStore;

/** Builds identity summaries in one pass over the detections that have an identity. */
final class IdentityRows {

    private IdentityRows() {
    }

    static List<IdentitySummary> summaries(CaseStore store) {
        return store.read(c -> {
            Map<Long, Builder> builders = new LinkedHashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT d.identity_id, i.label, d.id, d.score, d.w * d.h, "
                    + "d.thumbnail, d.track_id, f.source_id FROM detections d JOIN frames f ON f.id = d.frame_id "
                    + "JOIN identities i ON i.id = d.identity_id ORDER BY d.identity_id, d.id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Builder builder = builders.computeIfAbsent(rows.getLong(1), id -> new Builder());
                    builder.label = rows.getString(2);
                    builder.add(rows.getLong(3), rows.getDouble(4), rows.getDouble(5), rows.getString(6),
                            rows.getLong(7), rows.wasNull(), rows.getLong(8));
                }
            }
            List<IdentitySummary> summaries = new ArrayList<>();
            builders.forEach((id, b) -> summaries.add(b.build(id, store.thumbnailsDir())));
            summaries.sort(Comparator.comparingInt(IdentitySummary::detections).reversed()
                    .thenComparingLong(IdentitySummary::id));
            return summaries;
        });
    }

    private static final class Builder {
        String label;
        int detections;
        final Set<Long> tracks = new HashSet<>();
        final Set<Long> sources = new TreeSet<>();
        long bestId = -1;
        double bestScore = -1;
        double bestArea = -1;
        String bestThumbnail;

        void add(long id, double score, double area, String thumbnail, long track, boolean noTrack, long source) {
            detections++;
            if (!noTrack) {
                tracks.add(track);
            }
            sources.add(source);
            if (score > bestScore || score == bestScore && area > bestArea) {
                bestId = id;
                bestScore = score;
                bestArea = area;
                bestThumbnail = thumbnail;
            }
        }

        IdentitySummary build(long id, Path thumbnails) {
            return new IdentitySummary(id, Optional.ofNullable(label), detections, tracks.size(), bestId,
                    Optional.ofNullable(bestThumbnail).map(thumbnails::resolve), List.copyOf(sources));
        }
    }
}
