package org.sightline.core.pipeline.identity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.cases.footage.IdentityLinks;
import org.sightline.core.identities.TrackletAppearance;
import org.sightline.core.inference.Vectors;

/**
 * Every stored track with vectors of a model, as identity grouping sees it: key "track-<id>",
 * its source as the video (so tracks seen at the same time in one video never share an identity),
 * its frame span and the mean of its detections' vectors. Gallery crops are unrelated pictures, so
 * each of their one-detection tracks counts as a video of its own. One pass over the vectors.
 */
final class TrackletRows {

    private TrackletRows() {
    }

    static List<TrackletAppearance> load(CaseStore store, EmbeddingModel model) {
        return store.read(c -> {
            List<TrackletAppearance> tracklets = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT d.track_id, f.source_id, s.kind, f.frame_index, "
                    + "e.vector FROM detections d JOIN frames f ON f.id = d.frame_id JOIN sources s ON s.id = f.source_id "
                    + "JOIN embeddings e ON e.detection_id = d.id AND e.model_id = ? AND e.model_sha256 = ? "
                    + "WHERE d.track_id IS NOT NULL ORDER BY d.track_id")) {
                query.setString(1, model.modelId());
                query.setString(2, model.sha256());
                try (ResultSet rows = query.executeQuery()) {
                    Accumulator current = null;
                    while (rows.next()) {
                        long track = rows.getLong(1);
                        if (current == null || current.track != track) {
                            if (current != null) {
                                tracklets.add(current.toTracklet());
                            }
                            boolean crop = SourceKind.valueOf(rows.getString(3)) == SourceKind.IMAGE_GALLERY;
                            current = new Accumulator(track, crop ? "crop-" + track : "source-" + rows.getLong(2),
                                    model.dimension());
                        }
                        current.add(rows.getLong(4), rows.getBytes(5));
                    }
                    if (current != null) {
                        tracklets.add(current.toTracklet());
                    }
                }
            }
            return tracklets;
        });
    }

    private static final class Accumulator {
        final long track;
        final String video;
        final double[] sum;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int count;

        Accumulator(long track, String video, int dimension) {
            this.track = track;
            this.video = video;
            this.sum = new double[dimension];
        }

        void add(long frame, byte[] vector) {
            java.nio.FloatBuffer floats = java.nio.ByteBuffer.wrap(vector).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .asFloatBuffer();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += floats.get(i);
            }
            first = Math.min(first, frame);
            last = Math.max(last, frame);
            count++;
        }

        TrackletAppearance toTracklet() {
            float[] mean = new float[sum.length];
            for (int i = 0; i < mean.length; i++) {
                mean[i] = (float) (sum[i] / count);
            }
            return new TrackletAppearance(IdentityLinks.key(track), video, first, last, count,
                    Vectors.normalizeInPlace(mean));
        }
    }
}
