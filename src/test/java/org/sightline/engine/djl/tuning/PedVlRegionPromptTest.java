package org.sightline.engine.djl.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.tuning.TuningInputs;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.engine.djl.vl.PromptImageTower;
import org.sightline.engine.djl.vl.PromptTextTower;

/** sightline-pedvl's region prompts on real PETA crops: the tuning path equals the model's own call; gradients; frozen MLP. */
class PedVlRegionPromptTest {

    @Test
    void regionPromptsShiftBandHistogramsDifferentiablyAndTheModelAppliesThemTheSameWay(@TempDir Path dir) throws Exception {
        List<RgbImage> crops = CropEmbeddings.read(TuningInputs.read(PromptTuningTest.petaCsv(dir, 6), BuiltInSchemas.peta35(), true)
                .labels().images());
        try (PedestrianVlModel model = PromptTuningTest.openModel(); NDManager manager = NDManager.newBaseManager("PyTorch")) {
            PromptImageTower tower = PromptImageTower.of(model);
            float[] weights = PromptTextTower.of(model).baseParameterValues();
            float[][] features = tower.standardisedFeatures(crops);
            NDArray x = manager.create(flatten(features), new Shape(features.length, features[0].length));
            float[] values = new float[44];
            Random random = new Random(3);
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) random.nextGaussian() * 0.5f;
            }
            float[][] plain = model.encodeImages(crops);
            assertArrayEquals(flatten(plain), tower.unitEmbeddings(manager, x, null).toFloatArray(), 1e-5f);
            assertArrayEquals(flatten(plain), flatten(model.encodeImages(crops, ImagePrompts.NONE)), 0f);
            float[][] prompted = model.encodeImages(crops, new ImagePrompts(1, 11, values));
            assertFalse(java.util.Arrays.equals(plain[0], prompted[0]), "region prompts should change the embedding");

            NDArray prompts = manager.create(values, new Shape(4, 11));
            prompts.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray e = tower.unitEmbeddings(manager, x, prompts);
                assertArrayEquals(flatten(prompted), e.toFloatArray(), 1e-5f);
                collector.backward(e.get(":, 0:8").sum());
            }
            for (int band = 0; band < 4; band++) {
                assertTrue(prompts.getGradient().get(band).abs().sum().getFloat() > 0, "band " + band + " got no gradient");
            }
            assertArrayEquals(weights, PromptTextTower.of(model).baseParameterValues(), "the MLP must stay frozen");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> model.encodeImages(crops, new ImagePrompts(2, 11, new float[88])));
            assertTrue(e.getMessage().contains("sightline-pedvl"), e.getMessage());
        }
    }

    private static float[] flatten(float[][] rows) {
        float[] out = new float[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * rows[i].length, rows[i].length);
        }
        return out;
    }
}
