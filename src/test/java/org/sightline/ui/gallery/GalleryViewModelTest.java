package org.sightline.ui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.sightline.core.cases.CaseStore;
import org.sightline.ui.attributes.PeopleCase;
import org.sightline.ui.common.Problem;

class GalleryViewModelTest {
    private static final AttributeSchema SCHEMA = BuiltInSchemas.sightlineDefault();

    @TempDir
    Path temp;

    private final List<Problem> problems = new ArrayList<>();
    private final GalleryViewModel gallery = new GalleryViewModel(Runnable::run, Runnable::run, problems::add);

    @Test
    void conditionsBecomeTheFilterQuery() {
        GalleryFilterViewModel filter = gallery.filter();
        filter.schemaProperty().set(SCHEMA);
        filter.add(SCHEMA.find("personalFemale").orElseThrow()).thresholdProperty().set(0.6);
        FilterConditionRow backpack = filter.add(SCHEMA.find("carryingBackpack").orElseThrow());
        backpack.atLeastProperty().set(false);
        backpack.thresholdProperty().set(0.25);

        assertEquals("personalFemale >= 0.60 AND carryingBackpack <= 0.25", filter.queryTextProperty().get());
        assertEquals(2, filter.filter().conditions().size());

        filter.schemaProperty().set(BuiltInSchemas.pa100k26());
        assertEquals("", filter.queryTextProperty().get(), "conditions on tokens the new schema lacks are dropped");
    }

    @Test
    void conditionsNarrowTheGridAndCorrectionsCount() throws Exception {
        try (CaseStore store = PeopleCase.create(temp, 10)) {
            gallery.filter().schemaProperty().set(SCHEMA);
            gallery.load(store);
            assertEquals(10, gallery.items().size());
            assertEquals("10 person crops", gallery.countTextProperty().get());

            FilterConditionRow female = gallery.filter().add(SCHEMA.find("personalFemale").orElseThrow());
            female.thresholdProperty().set(0.5);
            assertEquals(5, gallery.items().size(), "female p = i/9 >= 0.5 for i = 5..9");
            gallery.filter().add(SCHEMA.find("carryingBackpack").orElseThrow());
            List<Long> ids = new CaseDetections(store).all().stream().map(CaseDetections.Row::detectionId).toList();
            assertEquals(List.of(ids.get(6), ids.get(8)), gallery.items().stream().map(CaseDetections.Row::detectionId).toList());
            assertEquals("2 of 10 person crops", gallery.countTextProperty().get());

            new LabelReview(store, SCHEMA, "ana").set(ids.get(7), "carryingBackpack", true);
            gallery.refilter();
            assertEquals(3, gallery.items().size(), "a correction to yes makes crop 7 match");
            assertTrue(problems.isEmpty(), problems.toString());
        }
    }

    @Test
    void moveWalksTheShownCrops() throws Exception {
        try (CaseStore store = PeopleCase.create(temp, 3)) {
            gallery.load(store);
            gallery.move(1);
            assertEquals(gallery.items().get(0), gallery.selectedProperty().get(), "first move selects the first crop");
            gallery.move(1);
            gallery.move(5);
            assertEquals(gallery.items().get(2), gallery.selectedProperty().get(), "stops at the last crop");
        }
    }
}
