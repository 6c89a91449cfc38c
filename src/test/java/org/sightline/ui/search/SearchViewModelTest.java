package org.sightline.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {
    private final SimpleBooleanProperty caseOpen = new SimpleBooleanProperty(false);
    private final List<String> submitted = new ArrayList<>();
    private final SearchViewModel search = new SearchViewModel(caseOpen, submitted::add);

    @Test
    void disabledWithAReasonUntilACaseIsOpen() {
        search.queryProperty().set("man with umbrella");

        assertFalse(search.enabledProperty().get());
        assertFalse(search.search());
        assertEquals(SearchViewModel.DISABLED_REASON, search.hintProperty().get());
        assertEquals(SearchViewModel.DISABLED_REASON, search.promptProperty().get());
        assertTrue(submitted.isEmpty());
    }

    @Test
    void submitsTrimmedNonBlankQueriesWhenACaseIsOpen() {
        caseOpen.set(true);
        search.queryProperty().set("   ");
        assertFalse(search.canSearchProperty().get());
        assertFalse(search.search());

        search.queryProperty().set("  woman in a red coat ");
        assertTrue(search.search());

        assertEquals(List.of("woman in a red coat"), submitted);
        assertEquals(SearchViewModel.PROMPT, search.promptProperty().get());
    }
}
