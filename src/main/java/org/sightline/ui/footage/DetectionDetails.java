package org.sightline.ui.footage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.footage.Appearance;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.Footage;
import org.sightline.ui.inspector.PersonDetails;

/** What the inspector shows for a detection: its crop, and where its person is seen (one line per track). */
final class DetectionDetails {
    private DetectionDetails() {
    }

    /** Reads the case; call off the UI thread. */
    static PersonDetails of(CaseStore store, DetectionRow detection) {
        Map<Long, String> labels = store.sources().stream().collect(Collectors.toMap(Source::id, Source::label));
        List<org.sightline.ui.inspector.Appearance> seen = new ArrayList<>();
        if (detection.identityId().isPresent()) {
            Set<Long> tracks = new HashSet<>();
            for (Appearance appearance : new Footage(store).appearances(detection.identityId().getAsLong())) {
                long track = appearance.trackId().orElse(-appearance.detectionId());
                if (tracks.add(track)) {
                    seen.add(new org.sightline.ui.inspector.Appearance(labels.getOrDefault(appearance.sourceId(),
                            "source " + appearance.sourceId()), appearance.frameIndex(), appearance.timestampMs().isPresent()
                            ? Duration.ofMillis(appearance.timestampMs().getAsLong()) : null));
                }
            }
        }
        return new PersonDetails(label(detection), detection.thumbnail().orElse(null), List.of(), seen);
    }

    static String label(DetectionRow detection) {
        String who = detection.identityId().isPresent() ? "Person " + detection.identityId().getAsLong()
                : "Unidentified person";
        String track = detection.trackId().isPresent() ? " · track " + detection.trackId().getAsLong() : "";
        return who + track + " · detection " + detection.id() + String.format(java.util.Locale.ROOT, " (%.0f%%)",
                detection.score() * 100);
    }
}
