package org.sightline.ui.footage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.footage.FrameRow;

/**
 * Frame facts read from the case, on the decoder thread. The set of analysed frames is loaded once and reloaded when a
 * frame past its end is asked for (an ingest may still be adding frames), at most once a second.
 */
final class CaseFrameFacts implements FrameFacts {
    private final Footage footage;
    private final long sourceId;
    private Set<Long> analysed = Set.of();
    private long lastAnalysed = -1;
    private long loadedAtNanos;
    private boolean loaded;

    CaseFrameFacts(Footage footage, long sourceId) {
        this.footage = footage;
        this.sourceId = sourceId;
    }

    @Override
    public List<DetectionRow> detectionsAt(long frameIndex) {
        return footage.detectionsAt(sourceId, frameIndex);
    }

    @Override
    public boolean analysed(long frameIndex) {
        if (!loaded || frameIndex > lastAnalysed && System.nanoTime() - loadedAtNanos > 1_000_000_000L) {
            reload();
        }
        return analysed.contains(frameIndex);
    }

    private void reload() {
        Set<Long> indexes = new HashSet<>();
        for (FrameRow frame : footage.frames(sourceId)) {
            indexes.add(frame.index());
        }
        analysed = indexes;
        lastAnalysed = indexes.stream().mapToLong(Long::longValue).max().orElse(-1);
        loadedAtNanos = System.nanoTime();
        loaded = true;
    }
}
