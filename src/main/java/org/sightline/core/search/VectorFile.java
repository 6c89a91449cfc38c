package org.sightline.core.search;

import org.sightline.core.config.AtomicFiles;
import org.sightline.core.vl.ModelIdentity;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * The exact index's file: "SLVX", version, model id, weights SHA-256, dimension, count, then
 * {@code count} (id, little-endian float32 vector) records, then a CRC-32 of everything before it.
 * Written whole through a temporary sibling and an atomic move, so a crash leaves the old file.
 */
final class VectorFile {
    private static final int MAGIC = 0x58564C53; // the bytes "SLVX" read as a little-endian int
    private static final int VERSION = 1;
    private static final int CHUNK = 1 << 20;

    interface Rows {
        int count();

        long id(int row);

        float[] vector(int row);
    }

    private VectorFile() {
    }

    static void write(Path file, IndexSpec spec, Rows rows) {
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    Writer writer = new Writer(out);
                    writer.header(spec, rows.count());
                    for (int row = 0; row < rows.count(); row++) {
                        writer.record(rows.id(row), rows.vector(row));
                    }
                    writer.finish();
                    out.force(true);
                }
                AtomicFiles.move(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write vector index " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads every record into {@code sink}; a file of another model is refused, a damaged one reported. */
    static void read(Path file, IndexSpec expected, VectorSink sink) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            Reader reader = new Reader(in, file);
            if (reader.getInt() != MAGIC) {
                throw new CorruptIndexException(file, "not a Sightline vector index file", null);
            }
            int version = reader.getInt();
            if (version != VERSION) {
                throw new CorruptIndexException(file, "unknown format version " + version, null);
            }
            ModelIdentity model = new ModelIdentity(reader.getString(), reader.getString());
            int dimension = reader.getInt();
            int count = reader.getInt();
            if (dimension <= 0 || count < 0) {
                throw new CorruptIndexException(file, "bad header: dimension " + dimension + ", count " + count, null);
            }
            IndexSpec found = new IndexSpec(model, dimension);
            if (!found.equals(expected)) {
                throw new IndexMismatchException("Vector index " + file + " holds " + dimension + "-dimensional vectors of "
                        + IndexSpec.describe(model) + ", not " + expected.dimension() + "-dimensional ones of "
                        + IndexSpec.describe(expected.model()));
            }
            long expectedSize = reader.position() + (long) count * (8 + 4L * dimension) + 8;
            if (in.size() != expectedSize) {
                throw new CorruptIndexException(file, "size " + in.size() + " bytes, header promises " + expectedSize, null);
            }
            for (int i = 0; i < count; i++) {
                long id = reader.getLong();
                float[] vector = new float[dimension];
                reader.getFloats(vector);
                sink.accept(id, vector);
            }
            long computed = reader.crc();
            if (reader.getLong() != computed) {
                throw new CorruptIndexException(file, "checksum mismatch", null);
            }
        } catch (EOFException e) {
            throw new CorruptIndexException(file, "truncated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read vector index " + file + ": " + e.getMessage(), e);
        }
    }

    private static final class Writer {
        private final FileChannel out;
        private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32 crc = new CRC32();

        Writer(FileChannel out) {
            this.out = out;
        }

        void header(IndexSpec spec, int count) throws IOException {
            buffer.putInt(MAGIC).putInt(VERSION);
            putString(spec.model().modelId());
            putString(spec.model().sha256());
            buffer.putInt(spec.dimension()).putInt(count);
        }

        void record(long id, float[] vector) throws IOException {
            ensure(8 + 4 * vector.length);
            buffer.putLong(id);
            buffer.asFloatBuffer().put(vector);
            buffer.position(buffer.position() + 4 * vector.length);
        }

        void finish() throws IOException {
            drain();
            buffer.putLong(crc.getValue());
            buffer.flip();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }

        private void putString(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            buffer.putShort((short) bytes.length).put(bytes);
        }

        private void ensure(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                drain();
            }
        }

        private void drain() throws IOException {
            buffer.flip();
            crc.update(buffer.duplicate());
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            buffer.clear();
        }
    }

    private static final class Reader {
        private final FileChannel in;
        private final Path file;
        private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32 crc = new CRC32();
        private long consumedBefore;

        Reader(FileChannel in, Path file) {
            this.in = in;
            this.file = file;
            buffer.limit(0);
        }

        long position() {
            return consumedBefore + buffer.position();
        }

        /** CRC of everything consumed so far. */
        long crc() {
            foldConsumed();
            buffer.flip();
            return crc.getValue();
        }

        int getInt() throws IOException {
            require(4);
            return buffer.getInt();
        }

        long getLong() throws IOException {
            require(8);
            return buffer.getLong();
        }

        String getString() throws IOException {
            require(2);
            int length = Short.toUnsignedInt(buffer.getShort());
            require(length);
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        void getFloats(float[] into) throws IOException {
            require(4 * into.length);
            buffer.asFloatBuffer().get(into);
            buffer.position(buffer.position() + 4 * into.length);
        }

        private void require(int bytes) throws IOException {
            if (bytes > CHUNK) {
                throw new CorruptIndexException(file, "record of " + bytes + " bytes", null);
            }
            if (buffer.remaining() >= bytes) {
                return;
            }
            foldConsumed();
            while (buffer.position() < bytes) {
                if (in.read(buffer) < 0) {
                    throw new EOFException(file.toString());
                }
            }
            buffer.flip();
        }

        /** Adds the bytes consumed from the buffer to the CRC and compacts it (leaves it in write mode). */
        private void foldConsumed() {
            ByteBuffer consumed = buffer.duplicate();
            consumed.limit(buffer.position()).position(0);
            crc.update(consumed);
            consumedBefore += buffer.position();
            buffer.compact();
        }
    }
}
