package org.sightline.ui.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.store.AttributePredictions;
import org.sightline.core.attributes.store.CaseDetections;
import org.sightline.core.attributes.store.Correction;
import org.sightline.core.attributes.store.EffectiveLabel;
import org.sightline.core.attributes.store.EffectiveLabels;
import org.sightline.core.attributes.store.LabelCorrections;
import org.sightline.core.attributes.store.LabelValue;
import org.sightline.core.cases.CaseStore;
import org.sightline.ui.attributes.AttributeBarsViewModel;
import org.sightline.ui.attributes.PeopleCase;
import org.sightline.ui.common.Problem;
import org.sightline.ui.gallery.GalleryViewModel;

class AnnotationViewModelTest {
    private static final AttributeSchema SCHEMA = BuiltInSchemas.sightlineDefault();

    @TempDir
    Path temp;

    private final List<Problem> problems = new ArrayList<>();
    private final List<String> status = new ArrayList<>();
    private final GalleryViewModel gallery = new GalleryViewModel(Runnable::run, Runnable::run, problems::add);
    private final AttributeBarsViewModel bars = new AttributeBarsViewModel(Runnable::run, Runnable::run, problems::add);
    private final AnnotationViewModel annotation = new AnnotationViewModel(gallery, bars, "ana", Runnable::run,
            Runnable::run, problems::add, status::add);

    private CaseStore open(int crops) throws Exception {
        CaseStore store = PeopleCase.create(temp, crops);
        gallery.load(store);
        gallery.selectedProperty().addListener((obs, old, row) -> bars.show(store, row.detectionId()));
        annotation.activeProperty().set(true);
        return store;
    }

    @Test
    void keysWalkPeopleToggleTheFocusedAttributeAndUndo() throws Exception {
        try (CaseStore store = open(4)) {
            List<Long> ids = gallery.items().stream().map(CaseDetections.Row::detectionId).toList();
            press(KeyCode.J);
            press(KeyCode.J);
            assertEquals(ids.get(1), gallery.selectedProperty().get().detectionId());
            press(KeyCode.K);
            long d = gallery.selectedProperty().get().detectionId();
            assertEquals(ids.getFirst(), d);

            int backpack = SCHEMA.tokens().indexOf("carryingBackpack");
            bars.focusedIndexProperty().set(backpack - 1);
            press(KeyCode.DOWN);
            assertEquals("carryingBackpack", bars.focusedBar().token());
            press(KeyCode.SPACE);

            List<Correction> history = new LabelCorrections(store).history(d);
            assertEquals(1, history.size());
            assertEquals(LabelValue.NO, history.getFirst().value(), "predicted yes (0.9), toggled to no");
            assertEquals("ana", history.getFirst().author());
            assertTrue(bars.focusedBar().corrected(), "the bar shows the correction");
            assertEquals(0.9, new AttributePredictions(store).latest(d, PeopleCase.PREDICTOR.id()).orElseThrow()
                    .probability("carryingBackpack").getAsDouble(), 1e-6, "the prediction is kept");

            press(KeyCode.SPACE);
            assertEquals(EffectiveLabel.YES, bars.focusedBar().label(), "a second press flips it back");
            ctrlZ();
            ctrlZ();
            assertEquals(false, bars.focusedBar().corrected(), "undone to the prediction");
            assertEquals(4, new LabelCorrections(store).history(d).size(), "undo appends, never deletes");
            assertTrue(problems.isEmpty(), problems.toString());
        }
    }

    @Test
    void numberKeysPickOneValueOfAnExclusiveGroupAndAAcceptsThePrediction() throws Exception {
        try (CaseStore store = open(2)) {
            press(KeyCode.J);
            long d = gallery.selectedProperty().get().detectionId();
            bars.focusedIndexProperty().set(SCHEMA.tokens().indexOf("personalMale"));
            int female = SCHEMA.attributesIn("gender").stream().map(a -> a.token()).toList().indexOf("personalFemale") + 1;
            press(KeyCode.getKeyCode(Integer.toString(female)));

            EffectiveLabels labels = new EffectiveLabels(store);
            assertEquals(EffectiveLabel.YES, labels.of(d, SCHEMA, 0.5).state("personalFemale").label());
            assertEquals(EffectiveLabel.NO, labels.of(d, SCHEMA, 0.5).state("personalMale").label());

            press(KeyCode.A);
            assertEquals(LabelValue.YES, new LabelCorrections(store).latest(d).get("carryingBackpack").value(),
                    "accepting writes the prediction as a correction");
            assertEquals(LabelValue.YES, new LabelCorrections(store).latest(d).get("personalFemale").value(),
                    "an attribute already corrected is left as the investigator said");
        }
    }

    @Test
    void reviewQueueVisitsTheMostUncertainFirst() throws Exception {
        try (CaseStore store = open(5)) {
            annotation.orderProperty().set(ReviewOrder.MOST_UNCERTAIN);
            long middle = gallery.items().get(2).detectionId();
            assertEquals(middle, gallery.selectedProperty().get().detectionId(), "female p = 0.5 is a coin toss");
            assertEquals(5, annotation.queue().size());
            press(KeyCode.J);
            assertEquals(annotation.queue().get(1), gallery.selectedProperty().get().detectionId());
        }
    }

    private void press(KeyCode code) {
        AnnotationKeys.handle(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false),
                annotation, bars::moveFocus);
    }

    private void ctrlZ() {
        boolean mac = System.getProperty("os.name").toLowerCase().contains("mac");
        AnnotationKeys.handle(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.Z, false, !mac, false, mac),
                annotation, bars::moveFocus);
    }
}
