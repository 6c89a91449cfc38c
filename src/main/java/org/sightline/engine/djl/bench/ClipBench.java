package org.sightline.engine.djl.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.sightline.engine.djl.clip.ClipConfig;
import org.sightline.engine.djl.clip.ClipNetwork;
import org.sightline.engine.djl.clip.TextTowerConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Function;

/**
 * Image and text encoding throughput of a random-weight CLIP of a released shape (default
 * ViT-B/16) on DJL's PyTorch engine, batches of 8 and 32. Shapes come from the model mirror's
 * clip/openai-clip-state-dicts.json. Usage: {@code ClipBench <modelMirror> [model=ViT-B/16] [runs=3]}.
 * Not a test: run it by hand (BENCHMARKS.md gives the command line).
 */
public final class ClipBench {

    private ClipBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: ClipBench <modelMirror> [model=ViT-B/16] [runs=3]");
            System.exit(2);
        }
        String name = args.length > 1 ? args[1] : "ViT-B/16";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        ClipConfig config = readConfig(Path.of(args[0], "clip", "openai-clip-state-dicts.json"), name);
        System.out.printf("ClipBench: %s random weights, %s; %d runs after 1 warm-up; %d processors, Java %s%n",
                name, config, runs, Runtime.getRuntime().availableProcessors(), Runtime.version());
        try (NDManager manager = NDManager.newBaseManager()) {
            ClipNetwork network = new ClipNetwork(config);
            network.freezeParameters(true);
            network.initialize(manager, DataType.FLOAT32);
            Random random = new Random(1);
            int resolution = config.imageResolution();
            for (int batch : new int[] {8, 32}) {
                report("image encode", batch, runs, manager, scope -> network.visual().encode(
                        scope.randomNormal(new Shape(batch, 3, resolution, resolution))));
                long[] ids = tokens(batch, config.contextLength(), random);
                report("text encode", batch, runs, manager, scope -> network.text().encode(
                        scope.create(ids, new Shape(batch, config.contextLength())), null));
            }
        }
    }

    /** Rows of 5-20 random word ids between the start and end tokens, zero-padded. */
    private static long[] tokens(int batch, int context, Random random) {
        long[] ids = new long[batch * context];
        for (int row = 0; row < batch; row++) {
            int words = 5 + random.nextInt(16);
            ids[row * context] = 49406;
            for (int i = 1; i <= words; i++) {
                ids[row * context + i] = 256 + random.nextInt(40000);
            }
            ids[row * context + words + 1] = 49407;
        }
        return ids;
    }

    private static void report(String what, int batch, int runs, NDManager manager,
            Function<NDManager, NDArray> encode) {
        double[] seconds = new double[runs + 1];
        for (int run = 0; run <= runs; run++) {
            try (NDManager scope = manager.newSubManager()) {
                long start = System.nanoTime();
                encode.apply(scope).toFloatArray();
                seconds[run] = (System.nanoTime() - start) / 1e9;
            }
        }
        double total = 0;
        double best = Double.MAX_VALUE;
        for (int run = 1; run <= runs; run++) {
            total += seconds[run];
            best = Math.min(best, seconds[run]);
        }
        double mean = total / runs;
        System.out.printf("%-12s batch %2d: %6.2f items/s (mean %.2f s per batch, best %.2f s, warm-up %.2f s)%n",
                what, batch, batch / mean, mean, best, seconds[0]);
    }

    private static ClipConfig readConfig(Path file, String name) throws IOException {
        JsonObject models = JsonParser.parseString(Files.readString(file)).getAsJsonObject().getAsJsonObject("models");
        if (!models.has(name)) {
            throw new IllegalArgumentException(file + " has no model '" + name + "'; it has " + models.keySet());
        }
        JsonObject c = models.getAsJsonObject(name).getAsJsonObject("config");
        if (!c.get("vision_layers").isJsonPrimitive()) {
            throw new IllegalArgumentException("ClipBench measures ViT models; " + name + " is a ResNet");
        }
        TextTowerConfig text = new TextTowerConfig(c.get("vocab_size").getAsInt(), c.get("context_length").getAsInt(),
                c.get("transformer_width").getAsInt(), c.get("transformer_heads").getAsInt(),
                c.get("transformer_layers").getAsInt(), c.get("embed_dim").getAsInt());
        return ClipConfig.vit(c.get("embed_dim").getAsInt(), c.get("image_resolution").getAsInt(),
                c.get("vision_layers").getAsInt(), c.get("vision_width").getAsInt(),
                c.get("vision_patch_size").getAsInt(), text);
    }
}
