package org.sightline.engine.opencv;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.MatOfFloat;
import org.opencv.core.MatOfRect;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.HOGDescriptor;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.DetectorSettings;
import org.sightline.core.inference.NonMaxSuppression;
import org.sightline.core.inference.PersonDetection;
import org.sightline.core.inference.PersonDetector;
import org.sightline.core.inference.RgbImage;

/**
 * OpenCV's HOG + linear SVM people detector (Dalal-Triggs), the fallback when no detector model
 * file is available: slower and less accurate than NanoDet, but needs no download.
 *
 * <p>Its 64x128 window only finds people at least ~128 px tall, so frames are scaled until their
 * longer side is {@code settings.inputSize()} pixels. Scores are the SVM margin through a
 * logistic, so 0.5 means margin 0; they are not calibrated probabilities. Safe to share between
 * threads: each call builds its own HOGDescriptor from the shared coefficients.
 */
public final class HogPeopleDetector implements PersonDetector {

    /** Longer side 960 px; keep margins above 0.25 (score 0.56); NMS IoU 0.45. */
    public static final DetectorSettings DEFAULT_SETTINGS = new DetectorSettings(0.56f, 0.45f, 960);

    private final DetectorSettings settings;
    private final MatOfFloat coefficients;

    public HogPeopleDetector(DetectorSettings settings) {
        OpenCvNatives.ensureLoaded();
        this.settings = settings;
        this.coefficients = HOGDescriptor.getDefaultPeopleDetector();
    }

    public HogPeopleDetector() {
        this(DEFAULT_SETTINGS);
    }

    @Override
    public List<PersonDetection> detect(RgbImage frame) {
        double scale = (double) settings.inputSize() / Math.max(frame.width(), frame.height());
        Mat rgb = OpenCvImages.toMat(frame);
        Mat gray = new Mat();
        Mat scaled = new Mat();
        MatOfRect found = new MatOfRect();
        MatOfDouble weights = new MatOfDouble();
        HOGDescriptor hog = new HOGDescriptor();
        try {
            Imgproc.cvtColor(rgb, gray, Imgproc.COLOR_RGB2GRAY);
            Imgproc.resize(gray, scaled, new Size(Math.round(frame.width() * scale), Math.round(frame.height() * scale)),
                    0, 0, scale < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
            hog.setSVMDetector(coefficients);
            hog.detectMultiScale(scaled, found, weights, 0, new Size(8, 8), new Size(8, 8), 1.05, 2, false);
            return NonMaxSuppression.apply(toDetections(found.toArray(), weights.toArray(), scale, frame),
                    settings.nmsIouThreshold());
        } finally {
            rgb.release();
            gray.release();
            scaled.release();
            found.release();
            weights.release();
        }
    }

    private List<PersonDetection> toDetections(Rect[] rects, double[] margins, double scale, RgbImage frame) {
        List<PersonDetection> detections = new ArrayList<>();
        for (int i = 0; i < rects.length; i++) {
            float score = (float) (1 / (1 + Math.exp(-(i < margins.length ? margins[i] : 0))));
            if (score < settings.confidenceThreshold()) {
                continue;
            }
            Rect r = rects[i];
            double left = Math.max(0, r.x / scale);
            double top = Math.max(0, r.y / scale);
            double right = Math.min(frame.width(), (r.x + r.width) / scale);
            double bottom = Math.min(frame.height(), (r.y + r.height) / scale);
            if (right > left && bottom > top) {
                detections.add(new PersonDetection(new BoundingBox(left, top, right - left, bottom - top), score));
            }
        }
        return detections;
    }

    @Override
    public void close() {
        coefficients.release();
    }
}
