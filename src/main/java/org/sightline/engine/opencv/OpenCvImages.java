package org.sightline.engine.opencv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.sightline.core.inference.RgbImage;

/** Reads and resizes images with OpenCV, converting to and from {@link RgbImage}. Every Mat is released. */
public final class OpenCvImages {

    private OpenCvImages() {
    }

    /**
     * Decodes an image file (JPEG, PNG, BMP, ...) into RGB.
     *
     * @throws ImageReadException naming the file if it cannot be read or decoded
     */
    public static RgbImage read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImageReadException(file, "the file cannot be read (" + e + ")", e);
        }
        if (bytes.length == 0) {
            throw new ImageReadException(file, "the file is empty", null);
        }
        OpenCvNatives.ensureLoaded();
        // imdecode on bytes read by Java avoids OpenCV's own path handling (non-ASCII names).
        MatOfByte encoded = new MatOfByte(bytes);
        Mat bgr = null;
        try {
            bgr = Imgcodecs.imdecode(encoded, Imgcodecs.IMREAD_COLOR);
            if (bgr.empty()) {
                throw new ImageReadException(file, "not a decodable image (corrupt, truncated or unsupported format)", null);
            }
            return fromBgr(bgr);
        } finally {
            encoded.release();
            if (bgr != null) {
                bgr.release();
            }
        }
    }

    /** {@code image} resized to {@code width} x {@code height} (area averaging when shrinking). */
    public static RgbImage resize(RgbImage image, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Resize target must be positive, got " + width + "x" + height);
        }
        Mat source = toMat(image);
        Mat resized = new Mat();
        try {
            boolean shrink = width < image.width() && height < image.height();
            Imgproc.resize(source, resized, new Size(width, height), 0, 0,
                    shrink ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
            return fromMat(resized);
        } finally {
            source.release();
            resized.release();
        }
    }

    /** A new 8-bit 3-channel Mat holding {@code image}'s bytes in RGB order; the caller releases it. */
    static Mat toMat(RgbImage image) {
        OpenCvNatives.ensureLoaded();
        Mat mat = new Mat(image.height(), image.width(), CvType.CV_8UC3);
        mat.put(0, 0, image.pixels());
        return mat;
    }

    /** Copies a continuous or not 8-bit 3-channel RGB Mat into an {@link RgbImage}. */
    static RgbImage fromMat(Mat rgb) {
        if (rgb.type() != CvType.CV_8UC3) {
            throw new IllegalArgumentException("Expected an 8-bit 3-channel image, got " + CvType.typeToString(rgb.type()));
        }
        byte[] pixels = new byte[rgb.rows() * rgb.cols() * 3];
        rgb.get(0, 0, pixels);
        return new RgbImage(rgb.cols(), rgb.rows(), pixels);
    }

    /** Converts a BGR Mat (OpenCV's native order) into an {@link RgbImage}. */
    static RgbImage fromBgr(Mat bgr) {
        Mat rgb = new Mat();
        try {
            Imgproc.cvtColor(bgr, rgb, Imgproc.COLOR_BGR2RGB);
            return fromMat(rgb);
        } finally {
            rgb.release();
        }
    }
}
