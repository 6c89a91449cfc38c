package org.sightline.app;

import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.RecentCases;
import org.sightline.core.cases.RecentCase;
import org.sightline.ui.cases.CaseGateway;

import java.nio.file.Path;
import java.util.List;

/** The UI's case port over the real SQLite store, remembering every case opened or created. */
final class StoreCaseGateway implements CaseGateway {
    private final RecentCases recent;

    StoreCaseGateway(RecentCases recent) {
        this.recent = recent;
    }

    @Override
    public CaseStore create(Path folder, String name) {
        return remember(Cases.create(folder, name));
    }

    @Override
    public CaseStore open(Path folder) {
        return remember(Cases.open(folder));
    }

    @Override
    public List<Path> recentCases() {
        return recent.list().stream().map(RecentCase::folder).toList();
    }

    private CaseStore remember(CaseStore store) {
        recent.remember(store.info().folder(), store.info().name());
        return store;
    }
}
