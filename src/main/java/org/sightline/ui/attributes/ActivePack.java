package org.sightline.ui.attributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.tuning.CasePacks;
import org.sightline.core.tuning.PackAttributePredictor;
import org.sightline.core.attributes.store.AttributePredictionJob;
import org.sightline.core.tuning.PromptPack;

/**
 * The case's active prompt pack as scoring parameters: the opener name {@code pack:<file>} (the app's
 * opener opens the pack over its base model), the display name and the direct mapping
 * (the pack's outputs are schema tokens).
 */
public record ActivePack(String modelName, String displayName, String mappingId) {

    public static final String PREFIX = "pack:";

    /** The pack file an opener name names, when it names one. */
    public static Optional<Path> packFile(String modelName) {
        return modelName.startsWith(PREFIX) ? Optional.of(Path.of(modelName.substring(PREFIX.length()))) : Optional.empty();
    }

    public static Optional<ActivePack> of(CaseStore store) {
        CasePacks packs = new CasePacks(store);
        try {
            Optional<String> name = packs.active();
            if (name.isEmpty()) {
                return Optional.empty();
            }
            PromptPack pack = packs.read(name.get());
            return Optional.of(new ActivePack(PREFIX + packs.file(name.get()).toAbsolutePath(),
                    PackAttributePredictor.displayNameOf(pack, name.get()), AttributePredictionJob.DIRECT));
        } catch (IOException e) {
            throw new UncheckedIOException("the active prompt pack of " + packs.folder() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
