package org.sightline.engine.djl.tuning;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.TuningInputException;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.opencv.ImageReadException;
import org.sightline.engine.opencv.OpenCvImages;

/** Image embeddings of labelled crops by the frozen image tower, computed once and kept in memory. */
final class CropEmbeddings {

    static final int BATCH = 64;

    private CropEmbeddings() {
    }

    static float[][] of(VisionLanguageModel model, List<LabelledImage> images, JobContext context, String what)
            throws TuningInputException {
        float[][] out = new float[images.size()][];
        for (int start = 0; start < images.size(); start += BATCH) {
            progress(context, start, images.size(), what);
            int end = Math.min(images.size(), start + BATCH);
            System.arraycopy(model.encodeImages(read(images.subList(start, end))), 0, out, start, end - start);
        }
        return out;
    }

    static void progress(JobContext context, int done, int total, String what) {
        if (context != null) {
            context.throwIfCancelled();
            context.progress(done, total, "encoding " + what + " crops");
        }
    }

    /** Reads labelled crops; an unreadable one is named with its label. */
    static List<RgbImage> read(List<LabelledImage> images) throws TuningInputException {
        List<RgbImage> batch = new ArrayList<>(images.size());
        for (LabelledImage image : images) {
            try {
                batch.add(OpenCvImages.read(image.path()));
            } catch (ImageReadException e) {
                throw new TuningInputException("unreadable image " + image.path() + " (labelled as '" + image.file()
                        + "'): " + e.getMessage(), e);
            }
        }
        return batch;
    }
}
