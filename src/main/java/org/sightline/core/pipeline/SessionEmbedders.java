package org.sightline.core.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.cases.footage.EmbeddingModelMismatchException;
import org.sightline.core.inference.RgbImage;

/**
 * The re-ID model that query pictures are embedded with, kept open for the whole session: opened
 * through the engines on the first query, reused by later ones, and reopened only when a query
 * asks for another model id (the previous one is closed then). Embedding calls are serialized:
 * an engine's embedder need not be safe to share between threads, and queries are one picture
 * each. Close it when the application ends.
 */
public final class SessionEmbedders implements AutoCloseable {
    private final IngestEngines engines;
    private final ReentrantLock lock = new ReentrantLock();
    private IngestEngines.EmbedderChoice open;
    private String openId;
    private boolean closed;

    public SessionEmbedders(IngestEngines engines) {
        this.engines = java.util.Objects.requireNonNull(engines, "engines");
    }

    /**
     * Embeds {@code crops} with the model whose vectors the case holds.
     *
     * @throws EmbeddingModelMismatchException when the model under {@code expected}'s id is another
     *                                         file, so its vectors cannot be compared with the case's
     * @throws IllegalStateException           after {@link #close()}
     */
    public float[][] embed(EmbeddingModel expected, List<RgbImage> crops) throws IOException {
        lock.lock();
        try {
            IngestEngines.EmbedderChoice embedder = embedderFor(expected.modelId());
            if (!embedder.model().equals(expected)) {
                throw new EmbeddingModelMismatchException(expected, embedder.model());
            }
            try {
                return embedder.embedder().embed(crops);
            } catch (RuntimeException failure) {
                // The model may be left in a bad state: the next query opens it afresh.
                closeOpen();
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    private IngestEngines.EmbedderChoice embedderFor(String modelId) throws IOException {
        if (closed) {
            throw new IllegalStateException("The session's re-ID models are closed: the application is shutting down");
        }
        if (open != null && openId.equals(modelId)) {
            return open;
        }
        closeOpen();
        open = engines.embedder(modelId);
        openId = modelId;
        return open;
    }

    private void closeOpen() {
        if (open != null) {
            IngestEngines.EmbedderChoice closing = open;
            open = null;
            openId = null;
            closing.close();
        }
    }

    /** Closes the open model, waiting for a query in progress to finish; later queries fail. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            closeOpen();
        } finally {
            lock.unlock();
        }
    }
}
