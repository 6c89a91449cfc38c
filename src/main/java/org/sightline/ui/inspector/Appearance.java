package org.sightline.ui.inspector;

import java.time.Duration;

/** Where a person was seen: a source, a frame in it, and the time in the footage when known. */
public record Appearance(String sourceLabel, long frameIndex, Duration at) {

    public String describe() {
        String where = sourceLabel + " · frame " + frameIndex;
        if (at == null) {
            return where;
        }
        long seconds = at.toSeconds();
        return where + String.format(" · %d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60);
    }
}
