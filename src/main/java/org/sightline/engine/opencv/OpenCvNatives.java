package org.sightline.engine.opencv;

import nu.pattern.OpenCV;

/** Loads OpenCV's native library (bundled in the org.openpnp jar) once per process. */
public final class OpenCvNatives {

    private OpenCvNatives() {
    }

    public static void ensureLoaded() {
        Holder.touch();
    }

    private static final class Holder {
        static {
            OpenCV.loadLocally();
        }

        static void touch() {
            // Class initialisation above runs exactly once, thread-safely.
        }
    }
}
