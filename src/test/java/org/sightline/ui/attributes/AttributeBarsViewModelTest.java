package org.sightline.ui.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.review.LabelReview;
import org.sightline.core.attributes.store.CaseDetections;
import org.sightline.core.attributes.store.EffectiveLabel;
import org.sightline.core.attributes.store.LabelSource;
import org.sightline.core.cases.CaseStore;
import org.sightline.ui.common.Problem;

class AttributeBarsViewModelTest {
    @TempDir
    Path temp;

    private final List<Problem> problems = new ArrayList<>();
    private final AttributeBarsViewModel bars = new AttributeBarsViewModel(Runnable::run, Runnable::run, problems::add);

    @Test
    void barsFollowTheSchemaGroupsAndMarkUnscoredAttributes() throws Exception {
        try (CaseStore store = PeopleCase.create(temp, 3)) {
            long last = new CaseDetections(store).all().getLast().detectionId();
            bars.show(store, last);

            AttributeSchema schema = BuiltInSchemas.sightlineDefault();
            List<String> groupIds = bars.groups().stream().map(g -> g.group().id()).toList();
            assertEquals(schema.groups().stream().map(g -> g.id()).toList(), groupIds, "one box per schema group, in order");
            GroupBars gender = bars.groups().getFirst();
            assertTrue(gender.group().exclusive());
            assertTrue(gender.caption().endsWith("pick one"), gender.caption());
            assertEquals(schema.size(), bars.groups().stream().mapToInt(g -> g.bars().size()).sum());

            AttributeBar female = bar("personalFemale");
            assertEquals(1.0, female.value(), 1e-6);
            assertEquals("100%", female.valueText());
            assertEquals(LabelSource.PREDICTION, female.source());
            AttributeBar red = bar("upperBodyRed");
            assertFalse(red.scored());
            assertEquals("not scored", red.valueText());
            assertEquals(LabelSource.NONE, red.source());
            assertEquals("Scored by crossroad-0230 (Intel)", bars.predictorTextProperty().get());
            assertTrue(problems.isEmpty(), problems.toString());
        }
    }

    @Test
    void aCorrectionOverridesThePredictionAndKeepsIt() throws Exception {
        try (CaseStore store = PeopleCase.create(temp, 3)) {
            long first = new CaseDetections(store).all().getFirst().detectionId();
            new LabelReview(store, BuiltInSchemas.sightlineDefault(), "ana").set(first, "carryingBackpack", false);
            bars.show(store, first);

            AttributeBar backpack = bar("carryingBackpack");
            assertTrue(backpack.corrected());
            assertEquals(EffectiveLabel.NO, backpack.label());
            assertEquals(0.0, backpack.value());
            assertEquals("no · model 90%", backpack.valueText());
            assertEquals("ana", backpack.correctedBy());
        }
    }

    @Test
    void anotherSchemaRegroupsTheSameDetection() throws Exception {
        try (CaseStore store = PeopleCase.create(temp, 2)) {
            bars.show(store, new CaseDetections(store).all().getFirst().detectionId());
            bars.schemaProperty().set(BuiltInSchemas.pa100k26());
            assertEquals(26, bars.groups().stream().mapToInt(g -> g.bars().size()).sum());
            assertEquals(3, bars.schemas().size(), "Sightline default, PETA-35, PA-100K-26");
        }
    }

    private AttributeBar bar(String token) {
        return bars.groups().stream().flatMap(g -> g.bars().stream()).filter(b -> b.token().equals(token))
                .findFirst().orElseThrow();
    }
}
