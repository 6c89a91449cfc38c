package org.sightline.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.PersonDetection;
import org.sightline.core.inference.PersonDetector;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.RgbImages;
import org.sightline.core.video.VideoFrame;

/** Detects the people of one frame and crops them; the full frame is not kept. */
final class FrameDetection {
    /** Boxes narrower or shorter than this after clipping to the frame are dropped: nothing to recognise. */
    static final double MIN_SIDE_PX = 4;

    private FrameDetection() {
    }

    static PendingFrame detect(VideoFrame frame, PersonDetector detector) {
        RgbImage image = frame.image();
        List<BoundingBox> boxes = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        List<RgbImage> crops = new ArrayList<>();
        for (PersonDetection detection : detector.detect(image)) {
            BoundingBox box = clip(detection.box(), image.width(), image.height());
            if (box.width() >= MIN_SIDE_PX && box.height() >= MIN_SIDE_PX) {
                boxes.add(box);
                scores.add(detection.score());
                crops.add(RgbImages.crop(image, box));
            }
        }
        return new PendingFrame(frame.index(), frame.timestampMs(), image.width(), image.height(), boxes, scores, crops);
    }

    static BoundingBox clip(BoundingBox box, int width, int height) {
        double left = Math.clamp(box.x(), 0, width);
        double top = Math.clamp(box.y(), 0, height);
        double right = Math.clamp(box.x() + box.width(), 0, width);
        double bottom = Math.clamp(box.y() + box.height(), 0, height);
        return new BoundingBox(left, top, right - left, bottom - top);
    }
}
