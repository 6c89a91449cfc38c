package org.sightline.ui.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.store.AttributePredictionJob;
import org.sightline.core.attributes.store.SyntheticCase;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.tuning.AttributeHead;
import org.sightline.core.tuning.CasePacks;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;

class ActivePackTest {

    @Test
    void theCasesActivePackBecomesTheScoringJobsModel(@TempDir Path dir) throws Exception {
        ModelIdentity base = new ModelIdentity("sightline-pedvl", "ab".repeat(32));
        try (CaseStore store = SyntheticCase.create(dir.resolve("case"))) {
            assertEquals(Optional.empty(), ActivePack.of(store));
            CasePacks packs = new CasePacks(store);
            packs.add("lobby", new PromptPack(base, "peta-35", TextPrompts.NONE,
                    List.of(new AttributeHead("hairLong", "long hair", "short hair", 5, 0)), Map.of()), base);
            packs.setActive("lobby");
            ActivePack active = ActivePack.of(store).orElseThrow();
            assertEquals("sightline-pedvl + pack lobby", active.displayName());
            assertEquals(Optional.of(packs.file("lobby").toAbsolutePath()), ActivePack.packFile(active.modelName()));
            assertEquals(AttributePredictionJob.DIRECT, active.mappingId());
            AttributePredictionJob job = new AttributePredictionJob(active.modelName(), active.displayName(),
                    active.mappingId(), 8, name -> {
                        throw new java.io.IOException("not opened here");
                    });
            assertTrue(job.params().contains(active.mappingId()), job.params());
            packs.setActive(null);
            assertEquals(Optional.empty(), ActivePack.of(store));
        }
    }
}
