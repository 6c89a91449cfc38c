package org.sightline.core.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.labels.LabelSet;
import org.sightline.core.attributes.labels.LabelledFolderTree;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.attributes.labels.LinkMode;

class TuningInputsTest {

    private static final AttributeSchema SCHEMA = BuiltInSchemas.peta35();

    @TempDir
    Path dir;

    private Path image(String name) throws IOException {
        Path p = dir.resolve("img").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[] {1, 2, 3});
        return p;
    }

    private Path csv(String... rows) throws IOException {
        Path csv = dir.resolve("labels.csv");
        Files.writeString(csv, "file,person_id,attributes\n" + String.join("\n", rows) + "\n");
        return csv;
    }

    @Test
    void unknownAttributeIsNamedWithFileAndLine() throws IOException {
        image("a.jpg");
        Path csv = csv("img/a.jpg,1,personalMale wingsGreen");
        IOException e = assertThrows(IOException.class, () -> TuningInputs.read(csv, SCHEMA, false));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("wingsGreen") && e.getMessage().contains("peta-35"),
                e.getMessage());
    }

    @Test
    void missingImageIsNamed() throws IOException {
        Path csv = csv("img/missing.jpg,1,personalMale");
        IOException e = assertThrows(IOException.class, () -> TuningInputs.read(csv, SCHEMA, false));
        assertTrue(e.getMessage().contains("missing.jpg"), e.getMessage());
    }

    @Test
    void emptyClassFailsUnlessSkipped() throws IOException {
        image("a.jpg");
        image("b.jpg");
        Path csv = csv("img/a.jpg,1,personalMale", "img/b.jpg,2,");
        TuningInputException e = assertThrows(TuningInputException.class, () -> TuningInputs.read(csv, SCHEMA, false));
        assertTrue(e.getMessage().contains("'accessoryHat': no positive images") && e.getMessage().contains("--skip-empty"),
                e.getMessage());
        TuningData data = TuningInputs.read(csv, SCHEMA, true);
        assertEquals(List.of("personalMale"), data.attributes());
        assertEquals(SCHEMA.size() - 1, data.skipped().size());
    }

    @Test
    void folderTreeEmptyClassNamesTheFolder() throws IOException {
        List<LabelledImage> images = List.of(
                new LabelledImage("img/a.jpg", image("a.jpg"), Set.of("personalMale"), Map.of()),
                new LabelledImage("img/b.jpg", image("b.jpg"), Set.of(), Map.of()));
        Path tree = dir.resolve("tree");
        LabelledFolderTree.export(new LabelSet(dir, List.of("file", "attributes"), images), SCHEMA, tree, LinkMode.COPY, null);
        TuningInputException e = assertThrows(TuningInputException.class, () -> TuningInputs.read(tree, null, false));
        assertTrue(e.getMessage().contains(tree.resolve("accessoryHat").resolve("yes") + " is empty"), e.getMessage());
        TuningData data = TuningInputs.read(tree, null, true);
        assertEquals(2, data.labels().size());
        assertEquals(List.of("personalMale"), data.attributes());
    }

    @Test
    void splitIsReproducibleAndPersonDisjoint() {
        List<LabelledImage> images = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            images.add(new LabelledImage("f" + i + ".jpg", dir.resolve("f" + i + ".jpg"), Set.of(),
                    Map.of("subset", i % 2 == 0 ? "A" : "B", "person_id", Integer.toString(i / 4))));
        }
        TuningSplit a = TuningSplit.of(images, 0.3, 7);
        TuningSplit b = TuningSplit.of(images, 0.3, 7);
        assertTrue(a.byPerson());
        assertEquals(a, b);
        assertNotEquals(a.validation(), TuningSplit.of(images, 0.3, 8).validation());
        assertEquals(200, a.training().size() + a.validation().size());
        Set<String> trainPeople = new HashSet<>();
        a.training().forEach(i -> trainPeople.add(TuningSplit.personOf(i)));
        assertTrue(a.validation().stream().noneMatch(i -> trainPeople.contains(TuningSplit.personOf(i))));
        assertEquals(0.3, a.validation().size() / 200.0, 0.05);
        List<LabelledImage> noIds = images.stream().map(i -> new LabelledImage(i.file(), i.path(), i.tokens(), Map.of())).toList();
        assertTrue(!TuningSplit.of(noIds, 0.3, 7).byPerson());
    }
}
