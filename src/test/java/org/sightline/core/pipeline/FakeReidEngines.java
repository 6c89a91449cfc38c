package org.sightline.core.pipeline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.inference.ReidEmbedder;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.Vectors;
import org.sightline.core.video.FrameSampling;
import org.sightline.core.video.FrameSource;

/**
 * Engines with only a re-ID model, a stand-in that records every open and close and how many
 * embed calls overlapped. Its vector of a picture is the picture's mean red, green and blue, then
 * ones, normalised: pictures of different colours get different vectors.
 */
public final class FakeReidEngines implements IngestEngines {
    public static final int DIMENSION = 8;

    /** Every embedder opened, in order. */
    public final List<Embedder> opened = new CopyOnWriteArrayList<>();
    public final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final String sha256;
    private final long embedMillis;
    private volatile RuntimeException nextFailure;

    /** @param embedMillis how long each embed call takes, to give overlapping calls a chance */
    public FakeReidEngines(String sha256, long embedMillis) {
        this.sha256 = sha256;
        this.embedMillis = embedMillis;
    }

    public static EmbeddingModel model(String modelId, String sha256) {
        return new EmbeddingModel(modelId, sha256, DIMENSION);
    }

    /** The vector this fake gives {@code image}. */
    public static float[] vectorOf(RgbImage image) {
        double[] sums = new double[3];
        byte[] pixels = image.pixels();
        for (int i = 0; i < pixels.length; i++) {
            sums[i % 3] += pixels[i] & 0xff;
        }
        float[] vector = new float[DIMENSION];
        java.util.Arrays.fill(vector, 1f);
        for (int channel = 0; channel < 3; channel++) {
            vector[channel] = (float) (sums[channel] / (pixels.length / 3) / 255.0 * 4);
        }
        return Vectors.normalizeInPlace(vector);
    }

    /** Makes the next embed call throw {@code failure}. */
    public void failNextEmbed(RuntimeException failure) {
        nextFailure = failure;
    }

    @Override
    public EmbedderChoice embedder(String reidId) {
        Embedder embedder = new Embedder(reidId);
        opened.add(embedder);
        return new EmbedderChoice(embedder, model(reidId, sha256));
    }

    @Override
    public FrameSource open(Source source, FrameSampling sampling, double folderFrameRate) {
        throw new UnsupportedOperationException("FakeReidEngines has no decoders");
    }

    @Override
    public DetectorChoice detector(String detectorId, Float confidence) {
        throw new UnsupportedOperationException("FakeReidEngines has no detector");
    }

    /** A fake re-ID model that knows whether it was closed. */
    public final class Embedder implements ReidEmbedder {
        private final String modelId;
        public volatile boolean closed;
        public final AtomicInteger calls = new AtomicInteger();

        Embedder(String modelId) {
            this.modelId = modelId;
        }

        @Override
        public float[][] embed(List<RgbImage> crops) {
            if (closed) {
                throw new IllegalStateException("embed on a closed model");
            }
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                calls.incrementAndGet();
                RuntimeException failure = nextFailure;
                if (failure != null) {
                    nextFailure = null;
                    throw failure;
                }
                Thread.sleep(embedMillis);
                return crops.stream().map(FakeReidEngines::vectorOf).toArray(float[][]::new);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public int dimension() {
            return DIMENSION;
        }

        @Override
        public String modelId() {
            return modelId;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
