package org.sightline.engine.pipeline;

import ai.djl.Device;
import java.io.IOException;
import java.util.List;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.inference.DetectorSettings;
import org.sightline.core.inference.PersonDetector;
import org.sightline.core.models.ModelEntry;
import org.sightline.core.models.ModelMissingException;
import org.sightline.core.models.ModelStore;
import org.sightline.core.models.ModelVerificationException;
import org.sightline.core.models.ResolvedFile;
import org.sightline.core.models.ResolvedModel;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.core.video.FrameFolderSource;
import org.sightline.core.video.FrameSampling;
import org.sightline.core.video.FrameSource;
import org.sightline.engine.djl.NanoDetDetector;
import org.sightline.engine.djl.OsnetEmbedder;
import org.sightline.engine.djl.YoloDetector;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import org.sightline.engine.ffmpeg.FfmpegFrameSource;
import org.sightline.engine.opencv.HogPeopleDetector;

/**
 * The ingest engines of this build: FFmpeg for video files, javax.imageio for frame folders,
 * NanoDet or a YOLO export (the catalog entry's decoder) on ONNX Runtime for detection (OpenCV's HOG people detector when the detector's file is
 * missing or fails verification, with a warning), OSNet on ONNX Runtime for re-ID; model files
 * found and SHA-256-verified by the {@link ModelStore}. The ONNX models run on the compute device given
 * (cpu: the CPU even with a GPU; auto: ONNX Runtime's GPU when it has one; gpu: refused, naming the model,
 * when it has none); the HOG fallback always runs on the CPU.
 */
public final class ModelStoreEngines implements IngestEngines {
    /** Detector id of the OpenCV HOG fallback, as saved with its detections. */
    public static final String HOG_DETECTOR = "opencv-hog";

    private final ModelStore models;
    private final ComputeDevice device;

    /** On {@link ComputeDevice#AUTO}: a GPU when ONNX Runtime has one, else the CPU. */
    public ModelStoreEngines(ModelStore models) {
        this(models, ComputeDevice.AUTO);
    }

    public ModelStoreEngines(ModelStore models, ComputeDevice device) {
        this.models = models;
        this.device = java.util.Objects.requireNonNull(device, "device");
    }

    /** The compute device asked for. */
    public ComputeDevice device() {
        return device;
    }

    /** The ONNX Runtime device the models open on; throws, naming {@code what} and the device, for a missing GPU. */
    public Device onnxDevice(String what) {
        return DjlDeviceSelector.onnx(device, what);
    }

    @Override
    public FrameSource open(Source source, FrameSampling sampling, double folderFrameRate) {
        return switch (source.kind()) {
            case VIDEO -> new FfmpegFrameSource(source.path(), sampling);
            case FRAME_FOLDER -> new FrameFolderSource(source.path(), folderFrameRate, sampling);
            case IMAGE_GALLERY -> throw new IllegalArgumentException("A gallery of crops (" + source.path()
                    + ") has no frames to decode");
        };
    }

    @Override
    public DetectorChoice detector(String detectorId, Float confidence) throws IOException {
        if (HOG_DETECTOR.equals(detectorId)) {
            return hog(confidence, List.of());
        }
        Device on = onnxDevice("detector " + detectorId);
        ResolvedModel model;
        try {
            model = models.resolve(detectorId);
        } catch (ModelMissingException | ModelVerificationException unavailable) {
            return hog(confidence, List.of("Detector model '" + detectorId + "' is not available ("
                    + unavailable.getMessage() + "); using OpenCV's HOG people detector instead, which is slower "
                    + "and finds fewer people (on the CPU)"));
        }
        ModelEntry entry = model.entry();
        DetectorSettings settings = DetectorSettings.DEFAULT.withInputSize(entry.task().inputHeight());
        if (confidence != null) {
            settings = settings.withConfidenceThreshold(confidence);
        }
        return new DetectorChoice(openDetector(entry, model, settings, on), detectorId, List.of());
    }

    private static PersonDetector openDetector(ModelEntry entry, ResolvedModel model, DetectorSettings settings, Device on) {
        if (entry.task().inputHeight() != entry.task().inputWidth()) {
            throw new IllegalArgumentException("Detector '" + entry.id() + "' takes a " + entry.task().inputWidth()
                    + "x" + entry.task().inputHeight() + " input; only square inputs are supported");
        }
        return switch (entry.detectorDecoder()) {
            case NANODET_GFL -> NanoDetDetector.open(model.onlyFile(), settings, on);
            case YOLO -> YoloDetector.open(model.onlyFile(), settings, on);
        };
    }

    private static DetectorChoice hog(Float confidence, List<String> warnings) {
        DetectorSettings settings = HogPeopleDetector.DEFAULT_SETTINGS;
        if (confidence != null) {
            settings = settings.withConfidenceThreshold(confidence);
        }
        return new DetectorChoice(new HogPeopleDetector(settings), HOG_DETECTOR, warnings);
    }

    @Override
    public EmbedderChoice embedder(String reidId) throws IOException {
        Device on = onnxDevice("re-ID model " + reidId);
        ResolvedModel model = models.resolve(reidId);
        ResolvedFile file = model.files().getFirst();
        OsnetEmbedder embedder = OsnetEmbedder.open(file.path(), reidId, on);
        return new EmbedderChoice(embedder, new EmbeddingModel(reidId, file.file().sha256(), embedder.dimension()));
    }
}
