package org.sightline.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InferenceValuesTest {

    @Test
    void normalisedVectorsHaveUnitLengthAndZeroStaysZero() {
        float[] v = Vectors.normalizeInPlace(new float[] {3, 4});
        assertEquals(0.6f, v[0], 1e-6);
        assertEquals(0.8f, v[1], 1e-6);
        assertEquals(1f, Vectors.dot(v, v), 1e-6);
        assertEquals(0f, Vectors.normalizeInPlace(new float[] {0, 0})[0]);
        assertThrows(IllegalArgumentException.class, () -> Vectors.dot(new float[2], new float[3]));
    }

    @Test
    void settingsRejectOutOfRangeValues() {
        assertThrows(IllegalArgumentException.class, () -> new DetectorSettings(1.5f, 0.5f, 416));
        assertThrows(IllegalArgumentException.class, () -> new DetectorSettings(0.5f, 0f, 416));
        assertThrows(IllegalArgumentException.class, () -> new DetectorSettings(0.5f, 0.5f, 8));
        assertEquals(320, DetectorSettings.DEFAULT.withInputSize(320).inputSize());
    }

    @Test
    void detectionScoresMustBeProbabilities() {
        BoundingBox box = new BoundingBox(0, 0, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new PersonDetection(box, 1.2f));
        assertThrows(IllegalArgumentException.class, () -> new PersonDetection(box, Float.NaN));
    }
}
