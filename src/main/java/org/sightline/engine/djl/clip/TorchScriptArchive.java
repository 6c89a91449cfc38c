package org.sightline.engine.djl.clip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads named floating-point tensors straight from a TorchScript archive (a zip holding
 * {@code <name>/data.pkl} and raw storages {@code <name>/data/<key>}), by walking the pickled
 * module tree: attribute paths become state-dict names. Used for what DJL does not list:
 * buffers such as BatchNorm running statistics.
 */
final class TorchScriptArchive {

    record Tensor(long[] shape, float[] values) {
    }

    private TorchScriptArchive() {
    }

    /** The tensors among {@code names} that the archive holds (others are left out). */
    static Map<String, Tensor> read(Path file, Collection<String> names) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry pickle = zip.stream().filter(e -> e.getName().endsWith("/data.pkl")
                    && e.getName().indexOf('/') == e.getName().length() - "/data.pkl".length()).findFirst()
                    .orElseThrow(() -> new IOException("no <name>/data.pkl: not a TorchScript archive"));
            String prefix = pickle.getName().substring(0, pickle.getName().length() - "data.pkl".length());
            Map<String, PickleReader.TensorRef> refs = new LinkedHashMap<>();
            collect(PickleReader.read(readAll(zip, pickle)), "", refs);
            Map<String, Tensor> out = new LinkedHashMap<>();
            for (String name : names) {
                PickleReader.TensorRef ref = refs.get(name);
                if (ref != null) {
                    ZipEntry data = zip.getEntry(prefix + "data/" + ref.storage().key());
                    if (data == null) {
                        throw new IOException("tensor '" + name + "' points at missing storage " + ref.storage().key());
                    }
                    out.put(name, materialise(name, ref, readAll(zip, data)));
                }
            }
            return out;
        }
    }

    private static void collect(Object node, String prefix, Map<String, PickleReader.TensorRef> out) {
        if (node instanceof PickleReader.PyObject object && object.state instanceof Map<?, ?> attributes) {
            for (Map.Entry<?, ?> entry : attributes.entrySet()) {
                String name = prefix + entry.getKey();
                if (entry.getValue() instanceof PickleReader.TensorRef tensor) {
                    out.put(name, tensor);
                } else {
                    collect(entry.getValue(), name + ".", out);
                }
            }
        }
    }

    private static Tensor materialise(String name, PickleReader.TensorRef ref, byte[] raw) throws IOException {
        String type = ref.storage().type();
        int elementSize = switch (type) {
            case "FloatStorage" -> 4;
            case "HalfStorage", "BFloat16Storage" -> 2;
            case "DoubleStorage" -> 8;
            default -> throw new IOException("tensor '" + name + "' has unsupported storage " + type);
        };
        ByteBuffer buffer = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        long[] size = ref.size();
        long count = 1;
        for (long s : size) {
            count *= s;
        }
        float[] values = new float[Math.toIntExact(count)];
        long[] index = new long[size.length];
        for (int i = 0; i < values.length; i++) {
            long element = ref.offset();
            for (int d = 0; d < size.length; d++) {
                element += index[d] * ref.stride()[d];
            }
            int at = Math.toIntExact(element * elementSize);
            values[i] = switch (type) {
                case "FloatStorage" -> buffer.getFloat(at);
                case "HalfStorage" -> Float.float16ToFloat(buffer.getShort(at));
                case "BFloat16Storage" -> Float.intBitsToFloat((buffer.getShort(at) & 0xFFFF) << 16);
                default -> (float) buffer.getDouble(at);
            };
            for (int d = size.length - 1; d >= 0 && ++index[d] == size[d]; d--) {
                index[d] = 0;
            }
        }
        return new Tensor(size, values);
    }

    private static byte[] readAll(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
