package org.sightline.engine.opencv;

import java.nio.file.Path;

/** An image file is missing, unreadable, corrupt or in a format OpenCV cannot decode. */
public class ImageReadException extends RuntimeException {

    public ImageReadException(Path file, String reason, Throwable cause) {
        super("Cannot read image " + file + ": " + reason, cause);
    }
}
