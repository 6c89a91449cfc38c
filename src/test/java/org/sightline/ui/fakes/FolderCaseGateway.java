package org.sightline.ui.fakes;

import java.nio.file.Path;
import java.util.List;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.ui.cases.CaseGateway;

/** Opens real case folders (creating none); lists one folder as the recent case. */
public final class FolderCaseGateway implements CaseGateway {
    private final Path recent;

    public FolderCaseGateway(Path recent) {
        this.recent = recent;
    }

    @Override
    public CaseStore create(Path where, String name) {
        throw new UnsupportedOperationException("this test opens an existing case");
    }

    @Override
    public CaseStore open(Path where) {
        return Cases.open(where);
    }

    @Override
    public List<Path> recentCases() {
        return List.of(recent);
    }
}
