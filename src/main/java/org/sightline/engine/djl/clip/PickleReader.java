package org.sightline.engine.djl.clip;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subset of Python's pickle protocol 2 that TorchScript's {@code data.pkl} uses: module
 * objects (class + attribute dict), tensors ({@code _rebuild_tensor_v2} over a persistent storage
 * id) and plain values. Nothing is executed: globals become {@link Global} records.
 */
final class PickleReader {

    record Global(String module, String name) {
    }

    /** An object built by NEWOBJ or an unknown REDUCE; {@code state} is what BUILD gave it. */
    static final class PyObject {
        final Global type;
        final Object[] args;
        Object state;

        PyObject(Global type, Object[] args) {
            this.type = type;
            this.args = args;
        }
    }

    record Storage(String type, String key, long numel) {
    }

    record TensorRef(Storage storage, long offset, long[] size, long[] stride) {
    }

    private static final Object MARK = new Object();

    private final ByteBuffer in;
    private final List<Object> stack = new ArrayList<>();
    private final Map<Integer, Object> memo = new HashMap<>();

    private PickleReader(byte[] data) {
        in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    static Object read(byte[] data) throws IOException {
        return new PickleReader(data).run();
    }

    private Object run() throws IOException {
        while (in.hasRemaining()) {
            int op = in.get() & 0xFF;
            switch (op) {
                case 0x80 -> in.get();
                case '.' -> {
                    return pop();
                }
                case 'c' -> stack.add(new Global(line(), line()));
                case '(' -> stack.add(MARK);
                case ')' -> stack.add(new Object[0]);
                case 't' -> stack.add(popMark().toArray());
                case 0x85, 0x86, 0x87 -> stack.add(popN(op - 0x84));
                case '}' -> stack.add(new LinkedHashMap<>());
                case ']' -> stack.add(new ArrayList<>());
                case 'a' -> list(peek(0)).add(pop());
                case 'e' -> {
                    List<Object> items = popMark();
                    list(peek(0)).addAll(items);
                }
                case 's' -> {
                    Object value = pop();
                    Object key = pop();
                    dict(peek(0)).put(key, value);
                }
                case 'u' -> {
                    List<Object> items = popMark();
                    Map<Object, Object> dict = dict(peek(0));
                    for (int i = 0; i + 1 < items.size(); i += 2) {
                        dict.put(items.get(i), items.get(i + 1));
                    }
                }
                case 'X' -> stack.add(string(in.getInt()));
                case 0x8c -> stack.add(string(in.get() & 0xFF));
                case 'J' -> stack.add((long) in.getInt());
                case 'K' -> stack.add((long) (in.get() & 0xFF));
                case 'M' -> stack.add((long) (in.getShort() & 0xFFFF));
                case 0x8a -> stack.add(long1(in.get() & 0xFF));
                case 'G' -> stack.add(bigDouble());
                case 0x88 -> stack.add(Boolean.TRUE);
                case 0x89 -> stack.add(Boolean.FALSE);
                case 'N' -> stack.add(null);
                case 'q' -> memo.put(in.get() & 0xFF, peek(0));
                case 'r' -> memo.put(in.getInt(), peek(0));
                case 'h' -> stack.add(memo.get(in.get() & 0xFF));
                case 'j' -> stack.add(memo.get(in.getInt()));
                case 'C' -> stack.add(bytes(in.get() & 0xFF));
                case 'B' -> stack.add(bytes(in.getInt()));
                case 'Q' -> stack.add(storage(pop()));
                case 0x81 -> {
                    Object[] args = (Object[]) pop();
                    stack.add(new PyObject((Global) pop(), args));
                }
                case 'R' -> {
                    Object[] args = (Object[]) pop();
                    stack.add(reduce((Global) pop(), args));
                }
                case 'b' -> {
                    Object state = pop();
                    if (peek(0) instanceof PyObject object) {
                        object.state = state;
                    }
                }
                default -> throw new IOException("Unsupported pickle opcode 0x" + Integer.toHexString(op) + " at byte "
                        + (in.position() - 1));
            }
        }
        throw new IOException("Pickle ends without STOP");
    }

    private double bigDouble() {
        byte[] raw = new byte[8];
        in.get(raw);
        return ByteBuffer.wrap(raw).order(ByteOrder.BIG_ENDIAN).getDouble();
    }

    private static Object reduce(Global callable, Object[] args) {
        if (callable.name().equals("_rebuild_tensor_v2") && args.length >= 4 && args[0] instanceof Storage storage) {
            return new TensorRef(storage, (Long) args[1], longs(args[2]), longs(args[3]));
        }
        if (callable.name().equals("OrderedDict")) {
            return new LinkedHashMap<>();
        }
        return new PyObject(callable, args);
    }

    private static Object storage(Object persistentId) throws IOException {
        if (persistentId instanceof Object[] id && id.length == 5 && "storage".equals(id[0]) && id[1] instanceof Global type) {
            return new Storage(type.name(), String.valueOf(id[2]), (Long) id[4]);
        }
        throw new IOException("Unknown persistent id " + Arrays.deepToString(new Object[] {persistentId}));
    }

    private static long[] longs(Object tuple) {
        Object[] values = (Object[]) tuple;
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (Long) values[i];
        }
        return out;
    }

    private Object long1(int length) {
        byte[] raw = bytes(length);
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (raw[i] & 0xFF);
        }
        if (length > 0 && length < 8 && (raw[length - 1] & 0x80) != 0) {
            value -= 1L << (8 * length);
        }
        return value;
    }

    private String line() {
        StringBuilder text = new StringBuilder();
        for (byte b = in.get(); b != '\n'; b = in.get()) {
            text.append((char) b);
        }
        return text.toString();
    }

    private String string(int length) {
        return new String(bytes(length), StandardCharsets.UTF_8);
    }

    private byte[] bytes(int length) {
        byte[] raw = new byte[length];
        in.get(raw);
        return raw;
    }

    private Object pop() {
        return stack.removeLast();
    }

    private Object peek(int depth) {
        return stack.get(stack.size() - 1 - depth);
    }

    private Object[] popN(int count) {
        Object[] items = new Object[count];
        for (int i = count - 1; i >= 0; i--) {
            items[i] = pop();
        }
        return items;
    }

    private List<Object> popMark() throws IOException {
        int mark = stack.lastIndexOf(MARK);
        if (mark < 0) {
            throw new IOException("Pickle pops to a MARK that is not there");
        }
        List<Object> items = new ArrayList<>(stack.subList(mark + 1, stack.size()));
        stack.subList(mark, stack.size()).clear();
        return items;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> dict(Object value) {
        return (Map<Object, Object>) value;
    }
}
