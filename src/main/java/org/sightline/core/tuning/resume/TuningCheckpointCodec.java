package org.sightline.core.tuning.resume;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.tuning.resume.TuningCheckpoint.Epoch;
import org.sightline.core.tuning.resume.TuningCheckpoint.LearnedArray;
import org.sightline.core.tuning.resume.TuningCheckpoint.NamedValues;

/**
 * The binary layout of a {@link TuningCheckpoint} as stored in a database column. Big-endian
 * ({@link DataOutputStream}); names are modified UTF-8 with a 2-byte length; floats and doubles are
 * IEEE 754 bits, so values round-trip exactly:
 * <pre>
 * int magic 0x534C5450 ("SLTP"), int version 1,
 * long optimizerSteps, int epochsDone, int bestEpoch, double bestMetric, int epochsWithoutImprovement,
 * int learnedCount, per learned array: name, int rank, long[rank] shape, int n, float[n] values,
 *     float[n] firstMoment, float[n] secondMoment,
 * int bestCount, per best array: name, int n, float[n] values,
 * int epochCount, per epoch: int epoch, double trainingLoss, double metric, double seconds
 * </pre>
 */
public final class TuningCheckpointCodec {

    static final int MAGIC = 0x534C5450;
    static final int VERSION = 1;

    private TuningCheckpointCodec() {
    }

    public static byte[] encode(TuningCheckpoint checkpoint) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(checkpoint.optimizerSteps());
            out.writeInt(checkpoint.epochsDone());
            out.writeInt(checkpoint.bestEpoch());
            out.writeDouble(checkpoint.bestMetric());
            out.writeInt(checkpoint.epochsWithoutImprovement());
            out.writeInt(checkpoint.learned().size());
            for (LearnedArray array : checkpoint.learned()) {
                out.writeUTF(array.name());
                out.writeInt(array.shape().length);
                for (long dim : array.shape()) {
                    out.writeLong(dim);
                }
                out.writeInt(array.values().length);
                writeFloats(out, array.values());
                writeFloats(out, array.firstMoment());
                writeFloats(out, array.secondMoment());
            }
            out.writeInt(checkpoint.best().size());
            for (NamedValues values : checkpoint.best()) {
                out.writeUTF(values.name());
                out.writeInt(values.values().length);
                writeFloats(out, values.values());
            }
            out.writeInt(checkpoint.history().size());
            for (Epoch epoch : checkpoint.history()) {
                out.writeInt(epoch.epoch());
                out.writeDouble(epoch.trainingLoss());
                out.writeDouble(epoch.metric());
                out.writeDouble(epoch.seconds());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** Reads a checkpoint; {@code where} names its origin (database and run) in the error of a damaged one. */
    public static TuningCheckpoint decode(byte[] data, String where) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int magic = in.readInt();
            int version = in.readInt();
            if (magic != MAGIC || version != VERSION) {
                throw new IllegalArgumentException("not a version " + VERSION + " tuning checkpoint (magic 0x"
                        + Integer.toHexString(magic) + ", version " + version + ")");
            }
            long steps = in.readLong();
            int epochsDone = in.readInt();
            int bestEpoch = in.readInt();
            double bestMetric = in.readDouble();
            int sinceBest = in.readInt();
            List<LearnedArray> learned = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                String name = in.readUTF();
                long[] shape = new long[count(in)];
                for (int d = 0; d < shape.length; d++) {
                    shape[d] = in.readLong();
                }
                int n = count(in);
                learned.add(new LearnedArray(name, shape, readFloats(in, n), readFloats(in, n), readFloats(in, n)));
            }
            List<NamedValues> best = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                String name = in.readUTF();
                best.add(new NamedValues(name, readFloats(in, count(in))));
            }
            List<Epoch> history = new ArrayList<>();
            for (int i = count(in); i > 0; i--) {
                history.add(new Epoch(in.readInt(), in.readDouble(), in.readDouble(), in.readDouble()));
            }
            if (in.available() > 0) {
                throw new IllegalArgumentException(in.available() + " unexpected bytes after the last epoch");
            }
            return new TuningCheckpoint(learned, steps, epochsDone, bestEpoch, bestMetric, sinceBest, best, history);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The tuning checkpoint of " + where + " is damaged (" + data.length
                    + " bytes): " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("count " + n + " exceeds the " + in.available() + " bytes left");
        }
        return n;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = in.readFloat();
        }
        return out;
    }
}
