package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.tuning.AttributeHead;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.vl.TextPrompts;
import org.sightline.engine.djl.tuning.ShippedPedVlModels;

/** The app's attribute opener opens "pack:<file>" (a case's active pack) over the real sightline-pedvl. */
class AttributeModelWiringPackTest {

    @Test
    void activePackNameOpensThePackOverTheShippedModel(@TempDir Path home) throws Throwable {
        CheckoutModels.with(mirror -> {
            AppPaths paths = new AppPaths(home);
            Path file = home.resolve("lobby.json");
            PromptPackJson.write(new PromptPack(ShippedPedVlModels.identity(), "peta-35", TextPrompts.NONE,
                    List.of(new AttributeHead("personalMale", "a photo of a man", "a photo of a woman", 50, 0)), Map.of()), file);
            try (AttributePredictor predictor = AttributeModelWiring.port(paths, Settings.load(paths)).opener()
                    .open("pack:" + file.toAbsolutePath())) {
                assertTrue(predictor.id().startsWith("sightline-pedvl+pack:lobby@"), predictor.id());
                assertEquals(List.of("personalMale"), predictor.attributeNames());
                float[][] p = predictor.predict(List.of(new RgbImage(64, 128, new byte[64 * 128 * 3])));
                assertTrue(p[0][0] >= 0 && p[0][0] <= 1, "probability " + p[0][0]);
            }
        });
    }
}
