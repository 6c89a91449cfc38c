package org.sightline.core.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;

class CasePacksTest {

    static final ModelIdentity BASE = new ModelIdentity("sightline-pedvl", "ab".repeat(32));

    static PromptPack pack(ModelIdentity base) {
        return new PromptPack(base, "peta-35", new TextPrompts(1, 2, new float[] {0.5f, -0.5f}),
                List.of(new AttributeHead("personalMale", "a man", "a woman", 20f, 0.1f)), Map.of("seed", "1"));
    }

    @Test
    void packsListSwitchOnAndOffAndTheActiveOneSurvivesReopening(@TempDir Path caseFolder) throws Exception {
        CasePacks packs = new CasePacks(caseFolder);
        assertEquals(List.of(), packs.names());
        assertEquals(Optional.empty(), packs.active());
        packs.add("office", pack(BASE), BASE);
        Path outside = caseFolder.resolve("lobby.json");
        PromptPackJson.write(pack(BASE), outside);
        packs.add("lobby", outside, BASE);
        packs.setActive("office");

        CasePacks reopened = new CasePacks(caseFolder);
        assertEquals(List.of("lobby", "office"), reopened.names());
        assertEquals(Optional.of("office"), reopened.active());
        assertEquals(pack(BASE).heads(), reopened.read("office").heads());
        reopened.setActive("lobby");
        assertEquals(Optional.of("lobby"), new CasePacks(caseFolder).active());
        reopened.setActive(null);
        assertEquals(Optional.empty(), new CasePacks(caseFolder).active());
        reopened.setActive("office");
        reopened.remove("office");
        assertEquals(Optional.empty(), new CasePacks(caseFolder).active());
        assertEquals(List.of("lobby"), new CasePacks(caseFolder).names());
    }

    @Test
    void packOfAnotherBaseModelIsRefusedAndNotCopied(@TempDir Path caseFolder) throws Exception {
        CasePacks packs = new CasePacks(caseFolder);
        PromptPackMismatchException e = assertThrows(PromptPackMismatchException.class,
                () -> packs.add("clip", pack(new ModelIdentity("clip-vit-b32", "cd".repeat(32))), BASE));
        assertTrue(e.getMessage().contains("tuned on base model 'clip-vit-b32'") && e.getMessage().contains("'sightline-pedvl'"),
                e.getMessage());
        assertEquals(List.of(), packs.names());
        assertThrows(IllegalArgumentException.class, () -> packs.add("../evil", pack(BASE), BASE));
        assertThrows(java.io.IOException.class, () -> packs.setActive("missing"));
        assertFalse(Files.exists(caseFolder.resolve("evil.json")));
    }

    @Test
    void aDescriptionSearchPackIsRefusedForAttributeScoring(@TempDir Path caseFolder) throws Exception {
        PromptPack retrieval = new PromptPack(BASE, "retrieval", new TextPrompts(1, 2, new float[] {0.5f, -0.5f}),
                java.util.List.of(), java.util.Map.of("task", "retrieval"));
        CasePacks packs = new CasePacks(caseFolder);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> packs.add("search", retrieval, BASE));
        assertTrue(refused.getMessage().contains("eval retrieval --pack"), refused.getMessage());
        assertTrue(packs.names().isEmpty());
    }

    @Test
    void namesAreMadeFromFileNames() {
        assertEquals("my-pack_2", CasePacks.nameFrom("my pack_2.json"));
        assertEquals("office-cams", CasePacks.nameFrom("office cams.csv"));
        assertEquals("pack", CasePacks.nameFrom("..."));
    }
}
