package org.sightline.engine.djl.clip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.core.vl.ModelIdentity;

/** Region prompt tokens in the ViT: the mask keeps each region to its band; gradients; zero tokens change nothing. */
class RegionPromptTest {

    @Test
    void bandsSplitThePatchRowsTopToBottom() {
        assertArrayEquals(new int[] {0, 3, 7, 10, 14}, RegionPromptMask.bandRows(14));
        assertArrayEquals(new int[] {0, 1, 3, 5, 7}, RegionPromptMask.bandRows(7));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, RegionPromptMask.bandRows(4));
        assertThrows(IllegalArgumentException.class, () -> RegionPromptMask.bandRows(3));
    }

    @Test
    void maskKeepsRegionTokensToTheClassTokenTheirRegionAndTheirBand() {
        int perRegion = 2, grid = 4, tokens = 1 + 8 + 16;
        float[] mask = RegionPromptMask.values(perRegion, grid);
        for (int row = 0; row < tokens; row++) {
            for (int col = 0; col < tokens; col++) {
                boolean open = mask[row * tokens + col] == 0f;
                boolean expected;
                if (row == 0 || row > 8 || col == 0) {
                    expected = true; // class token and patches see everything; everyone sees the class token
                } else {
                    int region = (row - 1) / perRegion;
                    expected = col <= 8 ? (col - 1) / perRegion == region : (col - 9) / grid == region;
                }
                assertEquals(expected, open, "row " + row + ", column " + col);
            }
        }
    }

    @Test
    void regionTokensOfOneLayerDoNotHearPatchesOutsideTheirBand() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ClipVisionTransformer vit = new ClipVisionTransformer(new VisionTransformerConfig(32, 8, 64, 1, 2, 32));
            vit.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 32, 32));
            NDArray prompts = random(manager, 1, 4 * 2 * 64).reshape(4, 2, 64);
            float[] pixels = random(manager, 2, 3 * 32 * 32).toFloatArray();
            float[] changed = pixels.clone();
            for (int c = 0; c < 3; c++) {
                for (int y = 8; y < 32; y++) { // every patch row but the first (the head band)
                    for (int x = 0; x < 32; x++) {
                        changed[c * 1024 + y * 32 + x] += 1.5f;
                    }
                }
            }
            NDArray before = vit.regionHidden(manager.create(pixels, new Shape(1, 3, 32, 32)), prompts);
            NDArray after = vit.regionHidden(manager.create(changed, new Shape(1, 3, 32, 32)), prompts);
            assertArrayEquals(before.get(":, 1:3").toFloatArray(), after.get(":, 1:3").toFloatArray(), 1e-6f,
                    "head tokens changed with patches outside the head band");
            assertFalse(Arrays.equals(before.get(":, 3:9").toFloatArray(), after.get(":, 3:9").toFloatArray()),
                    "the other regions' tokens should see their changed bands");
            assertFalse(Arrays.equals(before.get(":, 0").toFloatArray(), after.get(":, 0").toFloatArray()));
        }
    }

    @Test
    void zeroTokensGiveExactlyTheUnpromptedOutputAndGradientsReachThePrompts() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ClipNetwork network = ClipCheckpoint.load(TinyClip.dir().resolve("tiny-clip-vit.pt"), manager);
            ClipVisionTransformer vit = (ClipVisionTransformer) network.visual();
            NDArray images = TinyClip.array(manager, TinyClip.model("vit"), "image", 2, 3, 32, 32);
            float[] plain = vit.encode(images).toFloatArray();
            assertArrayEquals(plain, vit.encodeRegions(images, manager.zeros(new Shape(4, 0, 128))).toFloatArray(), 0f);
            assertArrayEquals(plain, vit.encodeRegions(images, null).toFloatArray(), 0f);
            NDArray empty = vit.regionHidden(images, manager.zeros(new Shape(4, 0, 128)));
            assertArrayEquals(vit.encode(images, null).get(1).toFloatArray(), empty.toFloatArray(), 1e-6f);

            NDArray prompts = random(manager, 3, 4 * 2 * 128).reshape(4, 2, 128);
            prompts.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray features = vit.encodeRegions(images, prompts);
                assertFalse(Arrays.equals(plain, features.toFloatArray()), "prompts should change the features");
                collector.backward(features.square().sum());
            }
            NDArray gradient = prompts.getGradient();
            for (int region = 0; region < 4; region++) {
                assertTrue(gradient.get(region).abs().sum().getFloat() > 0, "region " + region + " got no gradient");
            }
            network.stateDict().forEach((name, p) -> assertFalse(p.requiresGradient(), name + " is not frozen"));
        }
    }

    @Test
    void clipModelEncodesCropsWithRegionPromptsAndTheResNetRefusesThem() throws Exception {
        ClipTokenizer tokenizer = new ClipTokenizer(ClipModelTest.merges());
        List<RgbImage> crops = List.of(crop(1), crop(2), crop(3));
        try (ClipModel model = ClipModel.open(TinyClip.dir().resolve("tiny-clip-vit.pt"), new ModelIdentity("tiny", "0".repeat(64)),
                tokenizer); NDManager manager = NDManager.newBaseManager()) {
            float[] values = random(manager, 4, 4 * 3 * 128).toFloatArray();
            float[][] prompted = model.encodeImages(crops, new ImagePrompts(3, 128, values));
            float[][] plain = model.encodeImages(crops);
            assertArrayEquals(plain[1], model.encodeImages(crops, ImagePrompts.NONE)[1], 0f);
            assertFalse(Arrays.equals(plain[1], prompted[1]));
            assertEquals(1.0, norm(prompted[2]), 1e-5);
            IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                    () -> model.encodeImages(crops, new ImagePrompts(1, 64, new float[4 * 64])));
            assertTrue(wrong.getMessage().contains("width 128"), wrong.getMessage());
        }
        try (ClipModel resnet = ClipModel.open(TinyClip.dir().resolve("tiny-clip-rn.pt"), new ModelIdentity("rn", "0".repeat(64)),
                tokenizer)) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> resnet.encodeImages(crops, new ImagePrompts(1, 8, new float[32])));
            assertTrue(e.getMessage().contains("modified-ResNet"), e.getMessage());
        }
    }

    private static NDArray random(NDManager manager, long seed, int n) {
        Random random = new Random(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return manager.create(values, new Shape(n));
    }

    static RgbImage crop(int seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[40 * 80 * 3];
        random.nextBytes(pixels);
        return new RgbImage(40, 80, pixels);
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
