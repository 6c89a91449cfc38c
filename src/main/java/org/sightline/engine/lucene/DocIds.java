package org.sightline.engine.lucene;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

import java.io.IOException;

/** Maps a Lucene document number back to the detection id stored in its doc value. */
final class DocIds {
    private DocIds() {
    }

    /** The ids of every live document. */
    static long[] all(IndexReader reader) throws IOException {
        long[] ids = new long[reader.numDocs()];
        int n = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues values = leaf.reader().getNumericDocValues(HnswVectorIndex.ID_VALUE);
            if (values == null) {
                continue;
            }
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    ids[n++] = values.longValue();
                }
            }
        }
        if (n != ids.length) {
            throw new org.apache.lucene.index.CorruptIndexException(ids.length + " documents but " + n + " ids", reader.toString());
        }
        return ids;
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
