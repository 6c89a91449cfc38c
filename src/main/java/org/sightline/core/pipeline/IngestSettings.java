package org.sightline.core.pipeline;

import org.sightline.core.video.FrameSampling;

/**
 * How one source is ingested; saved with the job, so a resumed ingest uses the same settings.
 *
 * @param sampling        which frames are processed (every Nth, or N per second)
 * @param confidence      detector score threshold; null for the detector's own default
 * @param detectorId      catalog id of the detector (falls back to OpenCV HOG when its file is absent)
 * @param reidId          catalog id of the re-identification model
 * @param batchFrames     sampled frames committed together with their checkpoint
 * @param folderFrameRate frame rate given to frame folders, which state none
 * @param endFrame        frames from this index on are not processed; -1 for the whole source
 */
public record IngestSettings(FrameSampling sampling, Float confidence, String detectorId, String reidId,
                             int batchFrames, double folderFrameRate, long endFrame) {

    public static final String DEFAULT_DETECTOR = "nanodet-m-416";
    public static final String DEFAULT_REID = "osnet-x0.25-msmt17";
    /** About 1-3 s of work per commit on a laptop core: little to redo after a crash, few fsyncs. */
    public static final int DEFAULT_BATCH_FRAMES = 10;
    public static final double DEFAULT_FOLDER_FRAME_RATE = 25;

    public static final IngestSettings DEFAULT = new IngestSettings(FrameSampling.everyFrame(), null,
            DEFAULT_DETECTOR, DEFAULT_REID, DEFAULT_BATCH_FRAMES, DEFAULT_FOLDER_FRAME_RATE, -1);

    public IngestSettings {
        if (sampling == null || detectorId == null || reidId == null) {
            throw new IllegalArgumentException("Ingest settings need a sampling, a detector and a re-ID model");
        }
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Detector confidence must lie in [0, 1], got " + confidence);
        }
        if (batchFrames < 1) {
            throw new IllegalArgumentException("Frames per commit must be at least 1, got " + batchFrames);
        }
        if (!(folderFrameRate > 0)) {
            throw new IllegalArgumentException("Frame-folder frame rate must be positive, got " + folderFrameRate);
        }
    }

    public IngestSettings withSampling(FrameSampling value) {
        return new IngestSettings(value, confidence, detectorId, reidId, batchFrames, folderFrameRate, endFrame);
    }

    public IngestSettings withConfidence(Float value) {
        return new IngestSettings(sampling, value, detectorId, reidId, batchFrames, folderFrameRate, endFrame);
    }

    public IngestSettings withDetector(String value) {
        return new IngestSettings(sampling, confidence, value, reidId, batchFrames, folderFrameRate, endFrame);
    }

    public IngestSettings withBatchFrames(int value) {
        return new IngestSettings(sampling, confidence, detectorId, reidId, value, folderFrameRate, endFrame);
    }

    public IngestSettings withFolderFrameRate(double value) {
        return new IngestSettings(sampling, confidence, detectorId, reidId, batchFrames, value, endFrame);
    }

    public IngestSettings withEndFrame(long value) {
        return new IngestSettings(sampling, confidence, detectorId, reidId, batchFrames, folderFrameRate, value);
    }
}
