package org.sightline.core.vl.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.eval.CropSplit;
import org.sightline.core.vl.eval.PedestrianCrop;
import org.sightline.core.vl.search.FakeVlModel;

class VlAttributePredictorTest {

    @Test
    void coversEveryAttributeOfEveryBuiltInSchemaWithProbabilities() {
        try (VlAttributePredictor predictor = new VlAttributePredictor(new FakeVlModel("fake", 'f'),
                VlAttributePredictor.allBuiltInAttributes(), null)) {
            for (AttributeSchema schema : BuiltInSchemas.all()) {
                assertTrue(predictor.attributeNames().containsAll(schema.tokens()), schema.id());
            }
            float[][] p = predictor.predict(List.of(new RgbImage(2, 2, new byte[12])));
            assertEquals(predictor.attributeNames().size(), p[0].length);
            for (float v : p[0]) {
                assertTrue(v >= 0 && v <= 1);
            }
            assertTrue(predictor.id().startsWith("vl:fake@"));
        }
        for (String token : BuiltInSchemas.pa100k26().tokens()) {
            assertTrue(AttributeSentences.isWorded(token), token + " has its own sentences");
        }
        for (String token : BuiltInSchemas.peta35().tokens()) {
            assertTrue(AttributeSentences.isWorded(token), token + " has its own sentences");
        }
    }

    @Test
    void calibrationRefusesHeldOutSubsetsAndLearnsTheFeatureDirection() {
        List<PedestrianCrop> all = new ArrayList<>();
        Random random = new Random(3);
        for (String subset : List.of("PETA/GRID", "PETA/PRID", "PETA/MIT", "PETA/3DPeS")) {
            for (int i = 0; i < 50; i++) {
                all.add(new PedestrianCrop(Path.of(subset + i + ".png"), subset + "/" + i, subset,
                        random.nextBoolean() ? Set.of("hairLong") : Set.of()));
            }
        }
        all.add(new PedestrianCrop(Path.of("m.png"), "Market/1", "Market", Set.of("hairLong")));
        List<PedestrianCrop> training = HeadFitting.trainingCrops(all);
        assertEquals(100, training.size());
        assertTrue(training.stream().noneMatch(c -> CropSplit.HELD_OUT_PETA_SUBSETS.contains(c.source())));
        ModelIdentity model = new ModelIdentity("fake", "f".repeat(64));
        double[][] features = new double[training.size()][1];
        for (int i = 0; i < features.length; i++) {
            features[i][0] = (training.get(i).tokens().contains("hairLong") ? 0.05 : -0.05) + random.nextGaussian() * 0.03;
        }
        AttributeHeads heads = HeadFitting.fit(model, List.of("hairLong"), features, training);
        assertEquals(List.of("PETA/3DPeS", "PETA/GRID"), heads.fittedOn());
        assertTrue(heads.head("hairLong").orElseThrow().slope() > 10, "positive features mean long hair");
        double[][] withHeldOut = new double[all.size()][1];
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> HeadFitting.fit(model, List.of("hairLong"), withHeldOut, all));
        assertTrue(refused.getMessage().contains("PETA/PRID") || refused.getMessage().contains("PETA/MIT")
                || refused.getMessage().contains("Market"));
    }

    @Test
    void shippedHeadsWereFittedOnTrainingSubsetsOnly() {
        var shipped = AttributeHeads.shipped(new ModelIdentity("sightline-pedvl",
                "fceefad9441d1bf5ae9bd0fae31d6d4a7fdd3cc04a564a170cd7e518a7d295e5"));
        org.junit.jupiter.api.Assumptions.assumeTrue(shipped.isPresent(), "no shipped heads for sightline-pedvl fceefad9");
        assertTrue(shipped.get().fittedOn().stream().noneMatch(CropSplit.HELD_OUT_PETA_SUBSETS::contains),
                "fitted on " + shipped.get().fittedOn());
        assertTrue(shipped.get().heads().size() > 40);
    }
}
