package org.sightline.core.cases.footage;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One frame of a source as stored: its index in the source (0-based, in decoding or file-name
 * order), its time in the video (empty for still images), its size, and for image folders the
 * file relative to the source folder.
 */
public record FrameRow(long id, long sourceId, long index, OptionalLong timestampMs, int width, int height,
                       Optional<String> filePath) {
}
