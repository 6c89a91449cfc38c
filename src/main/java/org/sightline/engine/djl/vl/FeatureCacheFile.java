package org.sightline.engine.djl.vl;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.sightline.core.vl.eval.PedestrianCrop;

/** Reads and writes {@link CachedFeatures}, keyed by a fingerprint of the crops' paths and sizes. */
final class FeatureCacheFile {

    private static final int MAGIC = 0x50564c46; // "PVLF"
    private static final int VERSION = 1;

    private FeatureCacheFile() {
    }

    static long fingerprint(List<PedestrianCrop> crops, int variants, long seed) {
        long h = 1125899906842597L ^ variants ^ (seed * 31);
        for (PedestrianCrop crop : crops) {
            h = 31 * h + crop.image().toString().hashCode();
        }
        return h;
    }

    static Optional<CachedFeatures> read(Path file, long fingerprint) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != fingerprint) {
                return Optional.empty();
            }
            int n = in.readInt();
            int reidDim = in.readInt();
            int colourDim = in.readInt();
            int variants = in.readInt();
            float[][] reid = new float[n][reidDim];
            float[][][] colour = new float[n][variants][colourDim];
            for (int i = 0; i < n; i++) {
                readInto(in, reid[i]);
                for (int v = 0; v < variants; v++) {
                    readInto(in, colour[i][v]);
                }
            }
            return Optional.of(new CachedFeatures(reid, colour));
        }
    }

    static void write(Path file, long fingerprint, CachedFeatures features) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 20))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(fingerprint);
            out.writeInt(features.size());
            out.writeInt(features.reid()[0].length);
            out.writeInt(features.colour()[0][0].length);
            out.writeInt(features.variants());
            for (int i = 0; i < features.size(); i++) {
                write(out, features.reid()[i]);
                for (float[] colour : features.colour()[i]) {
                    write(out, colour);
                }
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void readInto(DataInputStream in, float[] target) throws IOException {
        for (int d = 0; d < target.length; d++) {
            target[d] = in.readFloat();
        }
    }

    private static void write(DataOutputStream out, float[] values) throws IOException {
        for (float v : values) {
            out.writeFloat(v);
        }
    }
}
