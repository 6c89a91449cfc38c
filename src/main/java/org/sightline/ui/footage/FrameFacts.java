package org.sightline.ui.footage;

import java.util.List;
import org.sightline.core.cases.footage.DetectionRow;

/** What the case stores for one frame of a source; read on the decoder thread. */
public interface FrameFacts {

    /** The people detected in the frame, best first; empty when none or not analysed. */
    List<DetectionRow> detectionsAt(long frameIndex);

    /** Whether the ingest stored the frame (so no boxes means nobody was seen). */
    boolean analysed(long frameIndex);
}
