package org.sightline.cli.ingest;

import java.nio.file.Path;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;

/** Opens the case a command names, or says clearly why it cannot. */
public final class CaseArguments {

    private CaseArguments() {
    }

    /**
     * Opens the case in {@code folder}; with {@code create}, makes one (named after the folder) where
     * there is none.
     *
     * @throws CommandFailure naming the folder when it holds no case
     */
    public static CaseStore open(Path folder, boolean create) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Cases.isCase(absolute)) {
            if (!create) {
                throw new CommandFailure("No Sightline case in " + absolute + " (it holds no case.sqlite); "
                        + "create one with --create or in the Sightline window");
            }
            Path name = absolute.getFileName();
            return Cases.create(absolute, name != null ? name.toString() : "case");
        }
        return Cases.open(absolute);
    }
}
