package org.sightline.core.models;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a detector's raw output is turned into boxes: the catalog task field {@code "decoder"}.
 * Entries without it get one from their id (ids starting "yolo" are YOLO, others NanoDet).
 */
public enum DetectorDecoder {
    /** NanoDet's GFL head: per-stride class scores and box-side distributions. */
    NANODET_GFL("nanodet-gfl"),
    /** Ultralytics YOLO export: one [1, N, 5 + classes] (v5) or [1, 4 + classes, N] (v8, v11) output. */
    YOLO("yolo");

    private final String jsonName;

    DetectorDecoder(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<DetectorDecoder> fromJsonName(String name) {
        return Arrays.stream(values()).filter(decoder -> decoder.jsonName.equals(name)).findFirst();
    }

    /** The decoder a catalog entry without a {@code "decoder"} field is taken to need. */
    public static DetectorDecoder defaultFor(String modelId) {
        return modelId.toLowerCase(Locale.ROOT).startsWith("yolo") ? YOLO : NANODET_GFL;
    }

    /** Every accepted spelling, for error messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(DetectorDecoder::jsonName).toList());
    }
}
