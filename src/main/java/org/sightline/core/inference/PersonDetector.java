package org.sightline.core.inference;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds people in whole frames. Implementations are safe to call from several threads at once
 * unless they say otherwise, and must be closed to free their model.
 */
public interface PersonDetector extends AutoCloseable {

    /** People in {@code frame}, boxes in the frame's pixel coordinates, best score first. */
    List<PersonDetection> detect(RgbImage frame);

    /**
     * People in each frame, in the frames' order. The default runs the frames one by one;
     * engines whose model accepts a batch may override it.
     */
    default List<List<PersonDetection>> detectAll(List<RgbImage> frames) {
        List<List<PersonDetection>> results = new ArrayList<>(frames.size());
        for (RgbImage frame : frames) {
            results.add(detect(frame));
        }
        return results;
    }

    @Override
    void close();
}
