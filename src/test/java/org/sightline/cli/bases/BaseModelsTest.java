package org.sightline.cli.bases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.config.AppPaths;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.models.Sha256;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackMismatchException;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.engine.djl.tuning.ShippedPedVlModels;

/** Which base a pack opens by default and how a base is located, without loading any model. */
class BaseModelsTest {

    @TempDir
    Path temp;

    private BaseModels bases() {
        return new BaseModels(ModelStore.forApp(new AppPaths(temp.resolve("home")), ModelCatalog.fromClasspath(), Optional.empty()));
    }

    private static PromptPack packOn(ModelIdentity base) {
        return new PromptPack(base, "peta-35", TextPrompts.NONE, List.of(), Map.of());
    }

    @Test
    void packsOnTheShippedOrACataloguedModelOpenTheirOwnBase() {
        assertEquals("sightline-pedvl", bases().defaultFor(packOn(ShippedPedVlModels.identity())));
        assertEquals("clip-vit-b-16", bases().defaultFor(packOn(new ModelIdentity("clip-vit-b-16", "ab".repeat(32)))));
    }

    @Test
    void aPackTunedOnAFileSaysWhichFileToGive() {
        PromptPack pack = packOn(new ModelIdentity("ViT-B-16.pt", "abcdef0123456789".repeat(4)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bases().defaultFor(pack));
        assertTrue(e.getMessage().contains("tuned on base model 'ViT-B-16.pt' (weights abcdef012345...)")
                && e.getMessage().contains("give that file with --base"), e.getMessage());
        IllegalArgumentException viaForPack = assertThrows(IllegalArgumentException.class, () -> bases().forPack(pack, null));
        assertEquals(e.getMessage(), viaForPack.getMessage());
    }

    @Test
    void aFileIsItsNameAndSha256AndMustBeThePacksBase() throws IOException {
        Path file = Files.write(temp.resolve("ViT-B-16.pt"), new byte[] {1, 2, 3});
        Path other = Files.write(temp.resolve("other.pt"), new byte[] {4, 5});
        ModelIdentity identity = new ModelIdentity("ViT-B-16.pt", Sha256.of(file));
        BaseModels.Located located = bases().locate(file.toString());
        assertEquals(identity, located.identity());
        assertEquals(file, located.checkpoint());
        assertTrue(BaseModels.isCheckpointFile(file.toString()));
        assertNull(bases().locate("sightline-pedvl").checkpoint());

        PromptPack pack = packOn(identity);
        assertEquals(identity, bases().forPack(pack, file.toString()).identity());
        PromptPackMismatchException e = assertThrows(PromptPackMismatchException.class,
                () -> bases().forPack(pack, other.toString()));
        assertTrue(e.getMessage().contains("tuned on base model 'ViT-B-16.pt'") && e.getMessage().contains("'other.pt'"),
                e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> bases().locate(temp.resolve("nope.pt").toString()));
        assertTrue(missing.getMessage().contains("nope.pt"), missing.getMessage());
    }
}
