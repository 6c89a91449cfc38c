package org.sightline.engine.lucene;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;

import java.io.IOException;

/** Maps a Lucene document number back to the detection id stored in its doc value. */
final class DocIds {
    private DocIds() {
    }

    static long idOf(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        NumericDocValues values = leaf.reader().getNumericDocValues(HnswVectorIndex.ID_VALUE);
        int local = doc - leaf.docBase;
        if (values == null || !values.advanceExact(local)) {
            throw new org.apache.lucene.index.CorruptIndexException("document " + local + " has no id", leaf.reader().toString());
        }
        return values.longValue();
    }
}
