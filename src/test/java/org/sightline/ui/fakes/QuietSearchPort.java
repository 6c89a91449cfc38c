package org.sightline.ui.fakes;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sightline.ui.search.SearchPort;

/** A search port with no history, no attribute scores and no thumbnails: tests override what they observe. */
public abstract class QuietSearchPort implements SearchPort {

    @Override
    public List<String> history() {
        return List.of();
    }

    @Override
    public Optional<String> filterPredictor() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> thumbnail(long detectionId) {
        return Optional.empty();
    }
}
