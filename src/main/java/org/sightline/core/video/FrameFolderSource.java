package org.sightline.core.video;

import org.sightline.core.inference.BufferedImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.sightline.core.inference.RgbImage;

/**
 * Frames stored as image files in one folder (not its subfolders), in natural name order
 * ("frame2" before "frame10"), decoded with javax.imageio. Times follow from the configured rate.
 */
public final class FrameFolderSource implements FrameSource {

    private static final Set<String> SUFFIXES = Set.of(ImageIO.getReaderFileSuffixes());

    private final Path folder;
    private final List<Path> images;
    private final double frameRate;
    private final FrameSampling sampling;
    private final int width;
    private final int height;
    private int position;
    private FrameSampling.Sampler sampler;

    public FrameFolderSource(Path folder, double frameRate, FrameSampling sampling) {
        if (!(frameRate > 0)) {
            throw new IllegalArgumentException("Frame rate of a frame folder must be positive, got " + frameRate);
        }
        this.folder = folder;
        this.frameRate = frameRate;
        this.sampling = sampling;
        this.images = listImages(folder);
        if (images.isEmpty()) {
            throw new VideoDecodeException(folder.toString(), VideoDecodeException.BEFORE_FIRST_FRAME, 0,
                    "the folder holds no image files that Java can read (" + String.join(", ", SUFFIXES) + ")");
        }
        RgbImage first = read(0);
        this.width = first.width();
        this.height = first.height();
        this.sampler = sampling.startAt(0);
    }

    private static List<Path> listImages(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> SUFFIXES.contains(extension(file)))
                    .sorted((a, b) -> NaturalOrder.compare(a.getFileName().toString(), b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list frame folder " + folder, e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private long timestampOf(long index) {
        return Math.round(index * 1000.0 / frameRate);
    }

    private RgbImage read(int index) {
        Path file = images.get(index);
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new VideoDecodeException(file.toString(), index, timestampOf(index), "not a readable image");
            }
            return BufferedImages.toRgb(image);
        } catch (IOException e) {
            throw new VideoDecodeException(file.toString(), index, timestampOf(index), e.getMessage(), e);
        }
    }


    @Override
    public Optional<VideoFrame> nextFrame() {
        while (position < images.size()) {
            int index = position++;
            if (sampler.keeps(index, timestampOf(index))) {
                return Optional.of(new VideoFrame(index, timestampOf(index), read(index)));
            }
        }
        return Optional.empty();
    }

    @Override
    public void seekToFrame(long frameIndex) {
        position = (int) Math.clamp(frameIndex, 0, images.size());
        sampler = sampling.startAt(timestampOf(position));
    }

    @Override
    public void seekToTimestamp(long timestampMs) {
        seekToFrame((long) Math.ceil(timestampMs * frameRate / 1000.0 - 1e-9));
    }

    @Override
    public String name() {
        return folder.toString();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public double frameRate() {
        return frameRate;
    }

    @Override
    public long estimatedFrameCount() {
        return images.size();
    }

    @Override
    public FrameSampling sampling() {
        return sampling;
    }

    @Override
    public void close() {
        // Nothing stays open between frames.
    }
}
