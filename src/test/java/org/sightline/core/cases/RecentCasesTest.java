package org.sightline.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentCasesTest {
    @TempDir
    Path temp;

    private Path newCase(String name) {
        Path folder = temp.resolve(name);
        Cases.create(folder, name).close();
        return folder;
    }

    @Test
    void mostRecentFirstWithoutDuplicatesAndAtMostTen() {
        RecentCases recent = new RecentCases(temp.resolve("home/recent-cases.json"));
        for (int i = 0; i < 12; i++) {
            recent.remember(newCase("case" + i), "case" + i);
        }
        recent.remember(temp.resolve("case5"), "case5");
        List<String> names = new RecentCases(temp.resolve("home/recent-cases.json")).list().stream()
                .map(RecentCase::name).toList();
        assertEquals(List.of("case5", "case11", "case10", "case9", "case8", "case7", "case6", "case4", "case3", "case2"),
                names);
    }

    @Test
    void casesWhoseFolderIsGoneAreLeftOutAndForgetRemoves() throws Exception {
        RecentCases recent = new RecentCases(temp.resolve("recent.json"));
        Path kept = newCase("kept");
        Path gone = newCase("gone");
        recent.remember(kept, "kept");
        recent.remember(gone, "gone");
        Files.delete(gone.resolve("case.sqlite"));
        assertEquals(List.of(kept), recent.list().stream().map(RecentCase::folder).toList());
        recent.forget(kept);
        assertEquals(List.of(), recent.list());
    }

    @Test
    void damagedFileIsSetAsideAndANewListStarted() throws Exception {
        Path file = Files.writeString(temp.resolve("recent.json"), "{ not json");
        RecentCases recent = new RecentCases(file);
        assertEquals(List.of(), recent.list());
        assertTrue(Files.exists(temp.resolve("recent.json.damaged")));
        recent.remember(newCase("fresh"), "fresh");
        assertEquals(1, recent.list().size());
        assertTrue(Files.readString(file).contains("\"fresh\""));
    }

    @Test
    void fromEnvironmentUsesTheApplicationDataFolder() {
        String previous = System.getProperty("sightline.home");
        System.setProperty("sightline.home", temp.resolve("apphome").toString());
        try {
            RecentCases.fromEnvironment().remember(newCase("env"), "env");
            assertTrue(Files.exists(temp.resolve("apphome/recent-cases.json")));
        } finally {
            if (previous == null) {
                System.clearProperty("sightline.home");
            } else {
                System.setProperty("sightline.home", previous);
            }
        }
    }
}
