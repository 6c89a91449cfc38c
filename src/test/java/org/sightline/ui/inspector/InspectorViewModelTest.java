package org.sightline.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
    @Test
    void selectionAndVisibility() {
        InspectorViewModel inspector = new InspectorViewModel();
        assertFalse(inspector.hasSelectionProperty().get());

        inspector.select(new PersonDetails("Person 3", null, List.of(new AttributeScore("Hat", 0.2)), List.of()));
        assertTrue(inspector.hasSelectionProperty().get());
        inspector.clear();
        assertFalse(inspector.hasSelectionProperty().get());

        inspector.toggleVisible();
        assertFalse(inspector.visibleProperty().get());
    }

    @Test
    void rejectsProbabilitiesOutsideTheUnitInterval() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new AttributeScore("Backpack", 1.2));
        assertTrue(error.getMessage().contains("Backpack"));
        assertThrows(IllegalArgumentException.class, () -> new AttributeScore("Hat", Double.NaN));
    }

    @Test
    void appearanceNamesSourceFrameAndTime() {
        assertEquals("cam-3 · frame 12 · 0:01:05", new Appearance("cam-3", 12, Duration.ofSeconds(65)).describe());
        assertEquals("stills · frame 4", new Appearance("stills", 4, null).describe());
    }
}
