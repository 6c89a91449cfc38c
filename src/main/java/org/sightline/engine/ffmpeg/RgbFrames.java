package org.sightline.engine.ffmpeg;

import java.nio.ByteBuffer;
import org.bytedeco.javacv.Frame;
import org.sightline.core.inference.RgbImage;

/** Copies a JavaCV RGB24 frame (rows possibly padded to an aligned stride) into an {@link RgbImage}. */
final class RgbFrames {

    private RgbFrames() {
    }

    static RgbImage toRgbImage(Frame frame) {
        if (frame.imageDepth != Frame.DEPTH_UBYTE || frame.imageChannels != 3 || frame.image == null) {
            throw new IllegalStateException("Expected an 8-bit 3-channel frame from FFmpeg, got depth "
                    + frame.imageDepth + " with " + frame.imageChannels + " channels");
        }
        int rowBytes = frame.imageWidth * 3;
        ByteBuffer source = (ByteBuffer) frame.image[0];
        byte[] pixels = new byte[rowBytes * frame.imageHeight];
        for (int y = 0; y < frame.imageHeight; y++) {
            source.get(y * frame.imageStride, pixels, y * rowBytes, rowBytes);
        }
        return new RgbImage(frame.imageWidth, frame.imageHeight, pixels);
    }
}
