package org.sightline.core.cases.footage;

/** The case holds vectors of another file (or output size) under the same model id. */
public final class EmbeddingModelMismatchException extends IllegalStateException {

    private final EmbeddingModel inCase;
    private final EmbeddingModel offered;

    public EmbeddingModelMismatchException(EmbeddingModel inCase, EmbeddingModel offered) {
        super("The case's '" + inCase.modelId() + "' embeddings were made with the model file of SHA-256 "
                + inCase.sha256() + " (" + inCase.dimension() + "-d), but the file now in use has SHA-256 "
                + offered.sha256() + " (" + offered.dimension() + "-d); vectors of different files cannot be "
                + "compared, so use the original file or a new case");
        this.inCase = inCase;
        this.offered = offered;
    }

    public EmbeddingModel inCase() {
        return inCase;
    }

    public EmbeddingModel offered() {
        return offered;
    }
}
