package org.sightline.engine.djl.clip;

import ai.djl.ndarray.types.Shape;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Infers a {@link ClipConfig} from state-dict shapes the way openai/CLIP's {@code build_model} does. */
public final class ClipConfigs {

    private ClipConfigs() {
    }

    /** {@code source} names where the shapes came from, for error messages. */
    public static ClipConfig fromShapes(Map<String, Shape> shapes, String source) {
        Lookup lookup = new Lookup(shapes, source);
        int embedDim = (int) lookup.shape("text_projection").get(1);
        int contextLength = (int) lookup.shape("positional_embedding").get(0);
        int vocabSize = (int) lookup.shape("token_embedding.weight").get(0);
        int textWidth = (int) lookup.shape("ln_final.weight").get(0);
        int textLayers = countIndices(shapes, "transformer.resblocks.", 2);
        int textHeads = Math.max(1, textWidth / 64);
        if (shapes.containsKey("visual.proj")) {
            Shape conv = lookup.shape("visual.conv1.weight");
            int width = (int) conv.get(0);
            int patch = (int) conv.get(3);
            int layers = (int) shapes.keySet().stream()
                    .filter(k -> k.startsWith("visual.") && k.endsWith(".attn.in_proj_weight")).count();
            int grid = (int) Math.round(Math.sqrt(lookup.shape("visual.positional_embedding").get(0) - 1));
            return new ClipConfig(embedDim, patch * grid, new int[] {layers}, width, patch, contextLength, vocabSize,
                    textWidth, textHeads, textLayers);
        }
        int[] layers = new int[4];
        for (int b = 0; b < 4; b++) {
            layers[b] = countIndices(shapes, "visual.layer" + (b + 1) + ".", 2);
        }
        int width = (int) lookup.shape("visual.layer1.0.conv1.weight").get(0);
        long positions = lookup.shape("visual.attnpool.positional_embedding").get(0);
        int outputWidth = (int) Math.round(Math.sqrt(positions - 1));
        if ((long) outputWidth * outputWidth + 1 != positions) {
            throw new IllegalArgumentException(source + ": visual.attnpool.positional_embedding has " + positions
                    + " rows, not a square grid plus one");
        }
        return new ClipConfig(embedDim, outputWidth * 32, layers, width, 0, contextLength, vocabSize, textWidth,
                textHeads, textLayers);
    }

    /** Number of distinct values of the dot-separated field {@code field} among names under {@code prefix}. */
    private static int countIndices(Map<String, Shape> shapes, String prefix, int field) {
        Set<String> seen = new TreeSet<>();
        for (String key : shapes.keySet()) {
            String[] parts = key.split("\\.");
            if (key.startsWith(prefix) && parts.length > field) {
                seen.add(parts[field]);
            }
        }
        return seen.size();
    }

    private record Lookup(Map<String, Shape> shapes, String source) {
        Shape shape(String name) {
            Shape shape = shapes.get(name);
            if (shape == null) {
                throw new IllegalArgumentException(source + " is not a CLIP checkpoint: it has no parameter '" + name + "'");
            }
            return shape;
        }
    }
}
