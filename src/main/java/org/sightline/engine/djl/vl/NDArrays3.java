package org.sightline.engine.djl.vl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/** Concatenation of 3-d arrays along the sequence axis. */
final class NDArrays3 {

    private NDArrays3() {
    }

    static NDArray concatAxis1(NDArray... parts) {
        return new NDList(parts).stream().reduce((a, b) -> a.concat(b, 1)).orElseThrow();
    }
}
