package org.sightline.ui.cases;

import java.nio.file.Path;
import java.util.List;
import org.sightline.core.cases.CaseStore;

/**
 * What the UI needs from the case store: the composition root adapts the real implementation.
 * Calls may touch the disk; the UI calls {@link #create} and {@link #open} off the UI thread.
 */
public interface CaseGateway {

    /** Creates a new case in {@code folder} (which must not hold a case yet) and opens it. */
    CaseStore create(Path folder, String name);

    CaseStore open(Path folder);

    /** Case folders opened recently, most recent first. */
    List<Path> recentCases();
}
