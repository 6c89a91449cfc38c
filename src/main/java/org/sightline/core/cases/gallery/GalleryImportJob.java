package org.sightline.core.cases.gallery;

import com.google.gson.Gson;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Frames;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.jobs.Checkpoint;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobContext;
import org.sightline.core.cases.jobs.ResumableJobFactory;
import org.sightline.core.inference.BoundingBox;

/**
 * Imports an IMAGE_GALLERY source: every jpg/jpeg/png/bmp under its folder, in sorted path order,
 * becomes a frame with one whole-image detection and a thumbnail. Batches commit with the cursor
 * (the last relative path done), so a cancelled or killed import continues where it stopped.
 */
public final class GalleryImportJob implements ResumableJob {
    public static final String KIND = "gallery-import";
    /** Detector id of the whole-image detections of gallery crops. */
    public static final String WHOLE_IMAGE = "whole-image";
    public static final int DEFAULT_BATCH_SIZE = 25;
    private static final Gson GSON = new Gson();

    private final Params params;

    public GalleryImportJob(long sourceId) {
        this(sourceId, DEFAULT_BATCH_SIZE);
    }

    public GalleryImportJob(long sourceId, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("Gallery import batch size must be at least 1, got " + batchSize);
        }
        this.params = new Params(sourceId, batchSize);
    }

    public static ResumableJobFactory factory() {
        return ResumableJobFactory.ofJson(KIND, "gallery import", Params.class,
                saved -> new GalleryImportJob(saved.sourceId(), saved.batchSize()));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String params() {
        return GSON.toJson(params);
    }

    @Override
    public void run(ResumableJobContext context, String resumeCursor) throws IOException {
        CaseStore store = context.store();
        Source source = store.source(params.sourceId()).orElseThrow(() -> new IllegalStateException(
                "Gallery import: source " + params.sourceId() + " is no longer in case " + store.info().folder()));
        if (source.kind() != SourceKind.IMAGE_GALLERY) {
            throw new IllegalStateException("Gallery import needs an IMAGE_GALLERY source; source "
                    + source.id() + " (" + source.path() + ") is " + source.kind());
        }
        List<String> images = GalleryImages.list(source.path());
        Set<String> imported = store.read(c -> Frames.filePaths(c, source.id()));
        Path thumbnailDir = Files.createDirectories(store.sourceThumbnailsDir(source.id()));
        String thumbnailFolder = store.thumbnailsDir().relativize(thumbnailDir).toString().replace('\\', '/');
        int start = resumeCursor == null ? 0 : positionAfter(images, resumeCursor);
        context.progress(start, images.size(), "importing " + source.path());
        for (int from = start; from < images.size(); from += params.batchSize()) {
            context.throwIfCancelled();
            List<String> batch = images.subList(from, Math.min(images.size(), from + params.batchSize()));
            importBatch(context, source, thumbnailFolder, batch, imported,
                    new Checkpoint(batch.getLast(), from + batch.size(), images.size()));
        }
    }

    private void importBatch(ResumableJobContext context, Source source, String thumbnailFolder, List<String> batch,
                             Set<String> imported, Checkpoint checkpoint) throws IOException {
        CaseStore store = context.store();
        long nextIndex = store.read(c -> Frames.nextFrameIndex(c, source.id()));
        List<Crop> crops = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String relative : batch) {
            if (imported.contains(relative)) {
                continue;
            }
            Path file = source.path().resolve(relative);
            BufferedImage image = readOrWarn(file, warnings);
            if (image != null) {
                // Same name on a retry of an uncommitted batch, so an interrupted run leaves no orphans.
                String thumbnail = thumbnailFolder + "/" + nextIndex + ".jpg";
                Thumbnails.write(image, store.thumbnailsDir().resolve(thumbnail));
                crops.add(new Crop(relative, nextIndex++, image.getWidth(), image.getHeight(), thumbnail));
            }
        }
        context.commit(checkpoint, warnings, c -> {
            for (Crop crop : crops) {
                long frameId = Frames.insertFrame(c, source.id(), crop.index(), null, crop.width(), crop.height(),
                        crop.relativePath());
                Frames.insertDetection(c, frameId, new BoundingBox(0, 0, crop.width(), crop.height()), 1.0,
                        WHOLE_IMAGE, crop.thumbnail());
            }
            return null;
        });
        crops.forEach(crop -> imported.add(crop.relativePath()));
    }

    private static BufferedImage readOrWarn(Path file, List<String> warnings) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
                warnings.add("Skipped " + file + ": not a readable image (corrupt or unsupported format)");
                return null;
            }
            return image;
        } catch (IOException | RuntimeException e) {
            warnings.add("Skipped " + file + ": cannot read it as an image (" + e.getMessage() + ")");
            return null;
        }
    }

    /** Index of the first image sorting after the cursor. */
    static int positionAfter(List<String> sortedImages, String cursor) {
        int found = Collections.binarySearch(sortedImages, cursor);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private record Params(long sourceId, int batchSize) {
    }

    private record Crop(String relativePath, long index, int width, int height, String thumbnail) {
    }
}
