package org.sightline.ui.timeline;

import java.util.OptionalLong;

/** One detection of the person on a source's strip: its frame, time and track. */
public record TimelineMark(long sourceId, long frameIndex, OptionalLong timestampMs, long detectionId,
                           OptionalLong trackId) {
}
