package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Tiny CLIP checkpoints and torch's reference outputs, made once per test run by
 * src/test/python/make_tiny_clip.py with /usr/bin/python3 and torch (skips where they are absent).
 */
public final class TinyClip {

    static final String PYTHON = "/usr/bin/python3";
    private static Path dir;
    private static JsonObject reference;

    private TinyClip() {
    }

    public static synchronized Path dir() {
        if (dir == null) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is missing: it makes the tiny CLIP checkpoints");
            try {
                Path out = Files.createTempDirectory("tiny-clip");
                out.toFile().deleteOnExit();
                Process check = new ProcessBuilder(PYTHON, "-c", "import torch, PIL").inheritIO().start();
                Assumptions.assumeTrue(check.waitFor() == 0, "python3-torch / python3-pil are not installed for " + PYTHON);
                Process make = new ProcessBuilder(PYTHON, "src/test/python/make_tiny_clip.py", out.toString())
                        .redirectErrorStream(true).redirectOutput(out.resolve("log.txt").toFile()).start();
                if (!make.waitFor(120, TimeUnit.SECONDS) || make.exitValue() != 0) {
                    throw new IllegalStateException("make_tiny_clip.py failed: " + Files.readString(out.resolve("log.txt")));
                }
                reference = JsonParser.parseString(Files.readString(out.resolve("reference.json"))).getAsJsonObject();
                for (String name : new String[] {"tiny-clip-vit.pt", "tiny-clip-rn.pt", "reference.json", "log.txt"}) {
                    out.resolve(name).toFile().deleteOnExit();
                }
                dir = out;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return dir;
    }

    /** The CLIP BPE merges from the model mirror (skips without them). */
    public static Path merges() {
        return ClipModelTest.merges();
    }

    static JsonObject reference() {
        dir();
        return reference;
    }

    static JsonObject model(String key) {
        return reference().getAsJsonObject(key);
    }

    static float[] floats(JsonObject object, String name) {
        JsonArray array = object.getAsJsonArray(name);
        float[] out = new float[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).getAsFloat();
        }
        return out;
    }

    static NDArray array(NDManager manager, JsonObject object, String name, long... shape) {
        return manager.create(floats(object, name), new Shape(shape));
    }

    /** The reference token rows padded with zeros to the context length, as (rows, context). */
    static NDArray tokens(NDManager manager) {
        JsonArray texts = reference().getAsJsonArray("texts");
        int context = reference().get("context_length").getAsInt();
        long[] ids = new long[texts.size() * context];
        for (int row = 0; row < texts.size(); row++) {
            JsonArray text = texts.get(row).getAsJsonArray();
            for (int i = 0; i < text.size(); i++) {
                ids[row * context + i] = text.get(i).getAsLong();
            }
        }
        return manager.create(ids, new Shape(texts.size(), context));
    }

    static float maxDifference(float[] expected, float[] actual) {
        if (expected.length != actual.length) {
            throw new AssertionError("Expected " + expected.length + " values, got " + actual.length);
        }
        float max = 0;
        for (int i = 0; i < expected.length; i++) {
            max = Math.max(max, Math.abs(expected[i] - actual[i]));
        }
        return max;
    }
}
