package org.sightline.core.eval;

import java.nio.file.Path;

/** An evaluation file (MOT ground truth, detections, labels) that cannot be read or parsed. */
public class EvalFileException extends RuntimeException {

    public EvalFileException(Path file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    }

    public EvalFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
