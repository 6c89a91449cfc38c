package org.sightline.core.pipeline;

import java.util.List;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.inference.PersonDetector;
import org.sightline.core.inference.ReidEmbedder;
import org.sightline.core.video.FrameSampling;
import org.sightline.core.video.FrameSource;

/** What ingest needs from the engine layer: decoders and models, found and verified. */
public interface IngestEngines {

    /** Opens a VIDEO or FRAME_FOLDER source; folders get {@code folderFrameRate} as their frame rate. */
    FrameSource open(Source source, FrameSampling sampling, double folderFrameRate);

    /**
     * Loads detector {@code detectorId}, filtering at {@code confidence} (null: the detector's default).
     * May fall back to another detector, saying why in {@link DetectorChoice#warnings()}.
     */
    DetectorChoice detector(String detectorId, Float confidence) throws java.io.IOException;

    /** Loads re-identification model {@code reidId}, with the SHA-256 of its verified file. */
    EmbedderChoice embedder(String reidId) throws java.io.IOException;

    /** A loaded detector and the id its detections are saved under. */
    record DetectorChoice(PersonDetector detector, String detectorId, List<String> warnings) implements AutoCloseable {
        public DetectorChoice {
            warnings = List.copyOf(warnings);
        }

        @Override
        public void close() {
            detector.close();
        }
    }

    /** A loaded re-ID model and the identity its vectors are saved under. */
    record EmbedderChoice(ReidEmbedder embedder, EmbeddingModel model) implements AutoCloseable {
        @Override
        public void close() {
            embedder.close();
        }
    }
}
