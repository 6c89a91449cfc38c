package org.sightline.core.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityFoldersTest {

    private static void person(Path root, String name, String description) throws Exception {
        Path f = Files.createDirectories(root.resolve(name));
        Files.write(f.resolve("a.jpg"), new byte[] {1, 2, 3});
        if (description != null) {
            Files.writeString(f.resolve(IdentityFolders.DESCRIPTION_FILE), description);
        }
    }

    @Test
    void readsImagesAndDescriptionLines(@TempDir Path root) throws Exception {
        person(root, "p1", "a man in a red shirt\n\n a woman with a bag \n");
        person(root, "p2", "someone in jeans");
        IdentityFolders.Identities ids = IdentityFolders.read(root, false);
        assertEquals(2, ids.identities().size());
        assertEquals(List.of("a man in a red shirt", "a woman with a bag"), ids.identities().getFirst().descriptions());
        assertEquals(1, ids.identities().getFirst().images().size());
    }

    @Test
    void refusesMissingDescriptionNamingTheFolderUnlessSkipped(@TempDir Path root) throws Exception {
        person(root, "p1", "a man");
        person(root, "p2", "a woman");
        person(root, "nodesc", null);
        TuningInputException e = assertThrows(TuningInputException.class, () -> IdentityFolders.read(root, false));
        assertTrue(e.getMessage().contains(root.resolve("nodesc").toString()) && e.getMessage().contains("description.txt")
                && e.getMessage().contains("--skip-empty"), e.getMessage());
        IdentityFolders.Identities ids = IdentityFolders.read(root, true);
        assertEquals(2, ids.identities().size());
        assertEquals(1, ids.skipped().size());
    }

    @Test
    void refusesBlankDescriptionAndFolderWithoutImages(@TempDir Path root) throws Exception {
        person(root, "p1", "a man");
        person(root, "p2", "a woman");
        person(root, "blank", "  \n");
        TuningInputException blank = assertThrows(TuningInputException.class, () -> IdentityFolders.read(root, false));
        assertTrue(blank.getMessage().contains("blank"), blank.getMessage());
        Files.delete(root.resolve("blank").resolve(IdentityFolders.DESCRIPTION_FILE));
        Files.delete(root.resolve("blank").resolve("a.jpg"));
        Files.delete(root.resolve("blank"));
        Files.createDirectories(root.resolve("empty"));
        Files.writeString(root.resolve("empty").resolve(IdentityFolders.DESCRIPTION_FILE), "a child");
        TuningInputException empty = assertThrows(TuningInputException.class, () -> IdentityFolders.read(root, false));
        assertTrue(empty.getMessage().contains(root.resolve("empty").toString()) && empty.getMessage().contains("no images"),
                empty.getMessage());
    }

    @Test
    void splitIsSeededAndPersonDisjoint(@TempDir Path root) throws Exception {
        for (int i = 0; i < 10; i++) {
            person(root, "p" + i, "person " + i);
        }
        List<IdentityFolders.Identity> all = IdentityFolders.read(root, false).identities();
        List<List<IdentityFolders.Identity>> a = IdentityFolders.split(all, 0.3, 7);
        assertEquals(a, IdentityFolders.split(all, 0.3, 7));
        assertEquals(3, a.get(1).size());
        assertTrue(a.get(0).stream().noneMatch(a.get(1)::contains));
    }
}
