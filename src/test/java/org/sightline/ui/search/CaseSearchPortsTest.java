package org.sightline.ui.search;

import org.junit.jupiter.api.Test;
import org.sightline.core.cases.CaseStore;
import org.sightline.ui.fakes.InMemoryCaseStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseSearchPortsTest {

    private static final class RecordingPort implements SearchPort, AutoCloseable {
        final CaseStore store;
        boolean closed;

        RecordingPort(CaseStore store) {
            this.store = store;
        }

        @Override
        public org.sightline.core.vl.search.SearchResults search(org.sightline.core.vl.search.SearchRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> history() {
            return List.of("asked of " + store.info().name());
        }

        @Override
        public Optional<String> filterPredictor() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> thumbnail(long detectionId) {
            return Optional.empty();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aPortIsMadeOnFirstUseForTheOpenCaseAndClosedWhenTheCaseChanges() {
        List<RecordingPort> made = new ArrayList<>();
        CaseSearchPorts ports = new CaseSearchPorts(store -> {
            RecordingPort port = new RecordingPort(store);
            made.add(port);
            return port;
        });
        assertThrows(IllegalStateException.class, ports::history, "no case open");

        ports.caseChanged(new InMemoryCaseStore(Path.of("/cases/a"), "A"));
        assertTrue(made.isEmpty(), "nothing is loaded until the first search");
        assertEquals(List.of("asked of A"), ports.history());
        assertEquals(List.of("asked of A"), ports.history());
        assertEquals(1, made.size());

        ports.caseChanged(new InMemoryCaseStore(Path.of("/cases/b"), "B"));
        assertTrue(made.getFirst().closed);
        assertEquals(List.of("asked of B"), ports.history());
        assertEquals(2, made.size());
    }
}
