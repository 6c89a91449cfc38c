package org.sightline.engine.ffmpeg;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The PETS 2009 S2.L1 test clip from the shared data folder. */
final class PetsVideo {

    static final int FRAMES = 795;

    private PetsVideo() {
    }

    static Path file() {
        String dataDir = System.getProperty("sightline.dataDir");
        Assumptions.assumeTrue(dataDir != null, "System property sightline.dataDir is not set; "
                + "FFmpeg tests need video/pets2009-s2l1-480x360.avi");
        Path video = Path.of(dataDir, "video", "pets2009-s2l1-480x360.avi");
        Assumptions.assumeTrue(Files.isRegularFile(video), "Test video missing: " + video);
        return video;
    }
}
