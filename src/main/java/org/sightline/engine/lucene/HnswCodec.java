package org.sightline.engine.lucene;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * The default codec with the vector field's HNSW graph parameters set. Only writing needs it: the
 * per-field format is recorded by name in the index, so readers resolve it through the default codec.
 */
final class HnswCodec {
    private HnswCodec() {
    }

    static Codec with(HnswParameters parameters) {
        KnnVectorsFormat format = new Lucene99HnswVectorsFormat(parameters.maxConn(), parameters.beamWidth());
        return new Lucene103Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return format;
            }
        };
    }
}
