package org.sightline.core.attributes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaLibraryTest {

    @Test
    void userSchemasFollowTheBuiltInOnesAndResolveByIdOrFile(@TempDir Path folder) throws Exception {
        AttributeSchema mine = new AttributeSchema("site-b", "Site B uniforms",
                List.of(new AttributeGroup("upper", "Upper body", true)),
                List.of(new Attribute("vestOrange", "Orange vest", "upper", List.of()),
                        new Attribute("vestYellow", "Yellow vest", "upper", List.of())));
        AttributeSchemaJson.write(mine, folder.resolve("site-b.json"));
        SchemaLibrary library = new SchemaLibrary(folder);

        List<AttributeSchema> all = library.all();
        assertEquals(BuiltInSchemas.all().size() + 1, all.size());
        assertEquals("site-b", all.getLast().id());
        assertEquals(BuiltInSchemas.PETA_35, library.resolve("peta-35").id());
        assertEquals(2, library.resolve("site-b").attributes().size());
        assertEquals("site-b", library.resolve(folder.resolve("site-b.json").toString()).id());
    }

    @Test
    void unknownIdListsWhatIsKnownAndABrokenFileIsNamed(@TempDir Path folder) throws Exception {
        SchemaLibrary library = new SchemaLibrary(folder);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> library.resolve("nope"));
        assertTrue(unknown.getMessage().contains("peta-35") && unknown.getMessage().contains(folder.toString()),
                unknown.getMessage());
        Files.writeString(folder.resolve("broken.json"), "{\"id\": \"x\"");
        RuntimeException broken = assertThrows(RuntimeException.class, library::all);
        assertTrue(broken.getMessage().contains("broken.json"), broken.getMessage());
    }
}
