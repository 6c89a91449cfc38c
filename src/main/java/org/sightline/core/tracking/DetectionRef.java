package org.sightline.core.tracking;

/** Detection number {@code index} (its position in that frame's input arrays) of frame {@code frame}. */
public record DetectionRef(long frame, int index) {
}
