package org.sightline.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NonMaxSuppressionTest {

    private static PersonDetection at(double x, float score) {
        return new PersonDetection(new BoundingBox(x, 0, 10, 20), score);
    }

    @Test
    void keepsTheBestOfOverlappingBoxesAndAllDisjointOnes() {
        PersonDetection weak = at(1, 0.5f);      // IoU with strong = 9/11 = 0.82
        PersonDetection strong = at(0, 0.9f);
        PersonDetection apart = at(100, 0.3f);
        List<PersonDetection> kept = NonMaxSuppression.apply(List.of(weak, apart, strong), 0.6);
        assertEquals(List.of(strong, apart), kept);
    }

    @Test
    void keepsOverlapsBelowTheThreshold() {
        PersonDetection a = at(0, 0.9f);
        PersonDetection b = at(5, 0.8f);         // IoU = 5/15 = 0.33
        assertEquals(List.of(a, b), NonMaxSuppression.apply(List.of(b, a), 0.5));
        assertEquals(List.of(a), NonMaxSuppression.apply(List.of(b, a), 0.3));
    }

    @Test
    void emptyInEmptyOut() {
        assertEquals(List.of(), NonMaxSuppression.apply(List.of(), 0.5));
    }
}
