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
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
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
        try (CaseStore store = Cases.create(caseFolder, "packs")) {
            CasePacks packs = new CasePacks(store);
            assertEquals(List.of(), packs.names());
            assertEquals(Optional.empty(), packs.active());
            packs.add("office", pack(BASE), BASE);
            Path outside = caseFolder.resolve("lobby.json");
            PromptPackJson.write(pack(BASE), outside);
            packs.add("lobby", outside, BASE);
            packs.setActive("office");
        }
        try (CaseStore store = Cases.open(caseFolder)) {
            CasePacks reopened = new CasePacks(store);
            assertEquals(List.of("lobby", "office"), reopened.names());
            assertEquals(Optional.of("office"), reopened.active(), "the choice is kept in the case database");
            assertEquals(pack(BASE).heads(), reopened.read("office").heads());
            reopened.setActive("lobby");
            assertEquals(Optional.of("lobby"), new CasePacks(store).active());
            reopened.setActive(null);
            assertEquals(Optional.empty(), new CasePacks(store).active());
            reopened.setActive("office");
            reopened.remove("office");
            assertEquals(Optional.empty(), new CasePacks(store).active());
            assertEquals(List.of("lobby"), new CasePacks(store).names());
            reopened.setActive("lobby");
            Files.delete(reopened.file("lobby"));
            assertEquals(Optional.empty(), reopened.active(), "a choice whose file is gone is no choice");
        }
    }

    @Test
    void packOfAnotherBaseModelIsRefusedAndNotCopied(@TempDir Path caseFolder) throws Exception {
        try (CaseStore store = Cases.create(caseFolder, "packs")) {
            refusesOtherBases(new CasePacks(store), caseFolder);
        }
    }

    private static void refusesOtherBases(CasePacks packs, Path caseFolder) throws Exception {
        PromptPackMismatchException e = assertThrows(PromptPackMismatchException.class,
                () -> packs.add("clip", pack(new ModelIdentity("clip-vit-b32", "cd".repeat(32))), BASE));
        assertTrue(e.getMessage().contains("tuned on base model 'clip-vit-b32'") && e.getMessage().contains("'sightline-pedvl'"),
                e.getMessage());
        assertEquals(List.of(), packs.names());
        assertThrows(IllegalArgumentException.class, () -> packs.add("../evil", pack(BASE), BASE));
        assertThrows(java.io.IOException.class, () -> packs.setActive("missing"));
        assertFalse(Files.exists(caseFolder.resolve("evil.json")));
    }

    static PromptPack searchPack() {
        return new PromptPack(BASE, "retrieval", new TextPrompts(1, 2, new float[] {0.5f, -0.5f}), List.of(),
                Map.of("task", "retrieval"));
    }

    @Test
    void theSearchPackIsASecondActiveChoiceKeptLikeTheAttributePack(@TempDir Path caseFolder) throws Exception {
        try (CaseStore store = Cases.create(caseFolder, "packs")) {
            CasePacks packs = new CasePacks(store);
            packs.add("office", pack(BASE), BASE);
            packs.add("market-ids", searchPack(), BASE);
            packs.setActive("office");
            packs.setActive(CasePacks.Role.SEARCH, "market-ids");
        }
        try (CaseStore store = Cases.open(caseFolder)) {
            searchChoiceIsSeparate(new CasePacks(store));
        }
    }

    private static void searchChoiceIsSeparate(CasePacks reopened) throws Exception {
        assertEquals(Optional.of("office"), reopened.active(CasePacks.Role.ATTRIBUTES));
        assertEquals(Optional.of("market-ids"), reopened.active(CasePacks.Role.SEARCH));
        reopened.setActive(CasePacks.Role.SEARCH, null);
        assertEquals(Optional.empty(), reopened.active(CasePacks.Role.SEARCH));
        assertEquals(Optional.of("office"), reopened.active(), "the attribute choice is separate");
        reopened.setActive(CasePacks.Role.SEARCH, "market-ids");
        reopened.remove("market-ids");
        assertEquals(Optional.empty(), reopened.active(CasePacks.Role.SEARCH), "removing the pack clears its role");
    }

    @Test
    void packsOfTheWrongKindAreRefusedForEachRoleSayingWhereTheyBelong(@TempDir Path caseFolder) throws Exception {
        try (CaseStore store = Cases.create(caseFolder, "packs")) {
            refusesWrongKinds(new CasePacks(store));
        }
    }

    private static void refusesWrongKinds(CasePacks packs) throws Exception {
        packs.add("search", searchPack(), BASE);
        packs.add("office", pack(BASE), BASE);
        IllegalArgumentException forAttributes = assertThrows(IllegalArgumentException.class, () -> packs.setActive("search"));
        assertTrue(forAttributes.getMessage().contains("description-search prompt pack")
                && forAttributes.getMessage().contains("search pack"), forAttributes.getMessage());
        IllegalArgumentException forSearch = assertThrows(IllegalArgumentException.class,
                () -> packs.setActive(CasePacks.Role.SEARCH, "office"));
        assertTrue(forSearch.getMessage().contains("attribute prompt pack")
                && forSearch.getMessage().contains("active attribute pack"), forSearch.getMessage());
        assertEquals(Optional.empty(), packs.active());
        assertEquals(Optional.empty(), packs.active(CasePacks.Role.SEARCH));

        PromptPack withRegions = new PromptPack(BASE, "retrieval", searchPack().prompts(),
                new org.sightline.core.vl.ImagePrompts(1, 1, new float[] {0.1f, 0.2f, 0.3f, 0.4f}), List.of(), Map.of());
        packs.add("regions", withRegions, BASE);
        IllegalArgumentException regions = assertThrows(IllegalArgumentException.class,
                () -> packs.setActive(CasePacks.Role.SEARCH, "regions"));
        assertTrue(regions.getMessage().contains("region prompts"), regions.getMessage());
    }

    @Test
    void eachRoleIsOfferedOnlyReadablePacksOfItsKindOnThisBase(@TempDir Path caseFolder) throws Exception {
        try (CaseStore store = Cases.create(caseFolder, "packs")) {
            CasePacks packs = new CasePacks(store);
            packs.add("search", searchPack(), BASE);
            packs.add("office", pack(BASE), BASE);
            PromptPack regions = new PromptPack(BASE, "retrieval", searchPack().prompts(),
                    new org.sightline.core.vl.ImagePrompts(1, 1, new float[] {0.1f, 0.2f, 0.3f, 0.4f}), List.of(), Map.of());
            packs.add("regions", regions, BASE);
            PromptPackJson.write(pack(new ModelIdentity("clip-vit-b32", "cd".repeat(32))), packs.file("clip"));
            Files.writeString(packs.file("broken"), "{ not a pack");

            assertEquals(List.of("broken", "clip", "office", "regions", "search"), packs.names());
            assertEquals(List.of("office"), packs.names(CasePacks.Role.ATTRIBUTES, BASE));
            assertEquals(List.of("search"), packs.names(CasePacks.Role.SEARCH, BASE));
            for (CasePacks.Role role : CasePacks.Role.values()) {
                for (PromptPack p : List.of(searchPack(), pack(BASE), regions)) {
                    boolean refused;
                    try {
                        role.require(p, "pack");
                        refused = false;
                    } catch (IllegalArgumentException e) {
                        refused = true;
                    }
                    assertEquals(!refused, role.suits(p), role + " offers exactly what it accepts");
                }
            }
        }
    }

    @Test
    void namesAreMadeFromFileNames() {
        assertEquals("my-pack_2", CasePacks.nameFrom("my pack_2.json"));
        assertEquals("office-cams", CasePacks.nameFrom("office cams.csv"));
        assertEquals("pack", CasePacks.nameFrom("..."));
    }
}
