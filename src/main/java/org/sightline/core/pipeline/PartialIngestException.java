package org.sightline.core.pipeline;

import org.sightline.core.video.VideoDecodeException;

/**
 * A source broke partway (truncated or corrupt video): the job fails, but every frame before the
 * break stays committed in the case. The message names the file and position and what was kept.
 */
public final class PartialIngestException extends RuntimeException {

    private final long framesKept;

    public PartialIngestException(VideoDecodeException cause, long framesKept, long detectionsKept) {
        super(cause.getMessage() + ". Kept the " + framesKept + " frames (" + detectionsKept
                + " people) read before it; the rest of this source was not ingested", cause);
        this.framesKept = framesKept;
    }

    public long framesKept() {
        return framesKept;
    }
}
