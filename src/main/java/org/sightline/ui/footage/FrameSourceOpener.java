package org.sightline.ui.footage;

import org.sightline.core.cases.Source;
import org.sightline.core.video.FrameSource;

/**
 * Opens a source's decoder, every frame unsampled; the composition root implements it with the
 * engines (FFmpeg for video, image files for frame folders). Called on the decoder thread, which
 * alone uses and closes the source.
 */
@FunctionalInterface
public interface FrameSourceOpener {
    FrameSource open(Source source);
}
