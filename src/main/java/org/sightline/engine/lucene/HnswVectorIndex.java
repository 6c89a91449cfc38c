package org.sightline.engine.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.sightline.core.search.CorruptIndexException;
import org.sightline.core.search.IndexSpec;
import org.sightline.core.search.ScoredId;
import org.sightline.core.search.VectorIndex;
import org.sightline.core.vl.ModelIdentity;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Approximate nearest-neighbour search on a Lucene HNSW graph in a folder. Each detection is one
 * document: its vector (dot-product similarity, so vectors must be unit length), its id as a term
 * (for replace and delete) and as a doc value (to report hits). The model identity is stored in
 * every commit and checked on open. Changes are searchable at once (near-real-time reader) and
 * durable after {@link #commit()}.
 */
public final class HnswVectorIndex implements VectorIndex {
    static final String VECTOR = "vector";
    static final String ID = "id";
    static final String ID_VALUE = "id_value";

    private final Path folder;
    private final IndexSpec spec;
    private final HnswParameters parameters;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean changed;

    private HnswVectorIndex(Path folder, IndexSpec spec, HnswParameters parameters, FSDirectory directory,
                            IndexWriter writer, SearcherManager searchers) {
        this.folder = folder;
        this.spec = spec;
        this.parameters = parameters;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * Opens the index in {@code folder}, creating an empty one when the folder is absent or empty.
     * @throws CorruptIndexException naming the folder when its files cannot be read
     * @throws org.sightline.core.search.IndexMismatchException when it holds another model's vectors
     */
    public static HnswVectorIndex open(Path folder, IndexSpec spec, HnswParameters parameters) {
        FSDirectory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            boolean exists = DirectoryReader.indexExists(directory);
            if (exists) {
                IndexCommitData.require(directory, folder, spec);
            } else if (holdsFiles(folder)) {
                throw new CorruptIndexException(folder, "files but no complete Lucene commit", null);
            }
            IndexWriterConfig config = new IndexWriterConfig()
                    .setCodec(HnswCodec.with(parameters))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(256);
            writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(IndexCommitData.of(spec).entrySet());
            if (!exists) {
                writer.commit();
            }
            SearcherManager searchers = new SearcherManager(writer, null);
            return new HnswVectorIndex(folder, spec, parameters, directory, writer, searchers);
        } catch (org.apache.lucene.index.CorruptIndexException | IndexFormatTooOldException
                 | IndexFormatTooNewException | EOFException | NoSuchFileException e) {
            closeQuietly(writer, directory);
            throw new CorruptIndexException(folder, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(writer, directory);
            throw new UncheckedIOException("Could not open vector index " + folder + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(writer, directory);
            throw e;
        }
    }

    private static boolean holdsFiles(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.anyMatch(file -> !file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME));
        }
    }

    private static void closeQuietly(IndexWriter writer, FSDirectory directory) {
        try {
            if (writer != null) {
                writer.rollback();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // already failing with a clearer exception
        }
    }

    public Path folder() {
        return folder;
    }

    public HnswParameters parameters() {
        return parameters;
    }

    @Override
    public IndexSpec spec() {
        return spec;
    }

    @Override
    public long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public long[] ids() {
        return withSearcher(searcher -> DocIds.all(searcher.getIndexReader()));
    }

    @Override
    public void add(ModelIdentity model, long id, float[] vector) {
        spec.require(model, vector, "Vector for id " + id);
        io(() -> writer.updateDocument(idTerm(id), document(id, vector)));
        changed = true;
    }

    @Override
    public void addAll(ModelIdentity model, long[] ids, float[][] vectors) {
        if (ids.length != vectors.length) {
            throw new IllegalArgumentException(ids.length + " ids but " + vectors.length + " vectors");
        }
        spec.requireModel(model, "Batch of " + ids.length + " vectors");
        for (int i = 0; i < vectors.length; i++) {
            spec.requireDimension(vectors[i], "Vector for id " + ids[i] + " (batch position " + i + ")");
        }
        io(() -> {
            for (int i = 0; i < ids.length; i++) {
                writer.updateDocument(idTerm(ids[i]), document(ids[i], vectors[i]));
            }
            return null;
        });
        changed = true;
    }

    private static Document document(long id, float[] vector) {
        Document document = new Document();
        document.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        document.add(new StringField(ID, Long.toString(id), Field.Store.NO));
        document.add(new NumericDocValuesField(ID_VALUE, id));
        return document;
    }

    private static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    @Override
    public boolean remove(long id) {
        boolean present = withSearcher(searcher -> searcher.count(new TermQuery(idTerm(id))) > 0);
        if (present) {
            io(() -> writer.deleteDocuments(idTerm(id)));
            changed = true;
        }
        return present;
    }

    /**
     * Asks the graph for {@code k * candidateFactor} neighbours; Lucene scores those with the exact
     * dot product, so keeping the best {@code k} is an exact re-rank of a wider candidate set.
     */
    @Override
    public List<ScoredId> search(ModelIdentity model, float[] query, int k) {
        spec.require(model, query, "Query");
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive, got " + k);
        }
        int candidates = Math.multiplyExact(k, parameters.candidateFactor());
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, query, candidates), candidates);
            int hits = Math.min(k, top.scoreDocs.length);
            List<ScoredId> result = new ArrayList<>(hits);
            for (int i = 0; i < hits; i++) {
                long id = DocIds.idOf(searcher.getIndexReader(), top.scoreDocs[i].doc);
                // Lucene's DOT_PRODUCT score is (1 + dot) / 2.
                result.add(new ScoredId(id, 2 * top.scoreDocs[i].score - 1));
            }
            return result;
        });
    }

    @Override
    public void commit() {
        io(() -> {
            writer.setLiveCommitData(IndexCommitData.of(spec).entrySet());
            return writer.commit();
        });
    }

    /** Bytes of the index files on disk. */
    public long sizeOnDisk() {
        return io(() -> {
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes;
        });
    }

    /** Merges all segments into one (one graph to search): slow, worth it after a bulk build. */
    public void forceMerge() {
        io(() -> {
            writer.forceMerge(1);
            changed = true;
            return null;
        });
    }

    @Override
    public void close() {
        io(() -> {
            try (directory; writer; searchers) {
                writer.setLiveCommitData(IndexCommitData.of(spec).entrySet());
            }
            return null;
        });
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        return io(() -> {
            if (changed) {
                changed = false;
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        });
    }

    private interface IoWork<T> {
        T run() throws IOException;
    }

    private <T> T io(IoWork<T> work) {
        try {
            return work.run();
        } catch (org.apache.lucene.index.CorruptIndexException | EOFException | NoSuchFileException e) {
            throw new CorruptIndexException(folder, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Vector index " + folder + ": " + e.getMessage(), e);
        }
    }
}
