package org.sightline.core.attributes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributeSchemaTest {

    @Test
    void builtInSchemasHaveTheirPublishedSizes() {
        assertEquals(35, BuiltInSchemas.peta35().size());
        assertEquals(26, BuiltInSchemas.pa100k26().size());
        assertEquals(List.of("sightline-default", "peta-35", "pa100k-26"),
                BuiltInSchemas.all().stream().map(AttributeSchema::id).toList());
    }

    @Test
    void peta35SpellsSneakersAsTheDataAndAcceptsThePapersSpelling() {
        AttributeSchema peta = BuiltInSchemas.peta35();
        assertTrue(peta.tokens().contains("footwearSneakers"));
        assertEquals("footwearSneakers", peta.canonical("footwearSneaker").orElseThrow());
        assertTrue(peta.groupOf(peta.find("personalLess45").orElseThrow()).exclusive());
    }

    @Test
    void defaultSchemaHasElevenExclusiveUpperBodyColoursAndUsesPetaTokens() {
        AttributeSchema d = BuiltInSchemas.sightlineDefault();
        List<Attribute> colours = d.attributesIn("upperBodyColour");
        assertEquals(11, colours.size());
        assertTrue(d.group("upperBodyColour").exclusive());
        assertTrue(d.tokens().containsAll(List.of("personalMale", "personalFemale", "hairLong", "hairShort",
                "carryingBackpack", "accessoryHat", "upperBodyRed", "lowerBodyJeans", "footwearSneakers")));
    }

    @Test
    void invalidSchemaNamesFileAndEveryOffendingEntry() {
        String json = """
                {"id": "mine", "name": "My schema",
                 "groups": [{"id": "g", "label": "G"}],
                 "attributes": [
                   {"token": "a", "label": "A", "group": "g"},
                   {"token": "a", "label": "A again", "group": "g"},
                   {"token": "b", "label": "B", "group": "nowhere"},
                   {"token": "c", "label": "", "group": "g"},
                   {"token": "has space", "label": "D", "group": "g"}
                 ]}""";
        SchemaFormatException e = assertThrows(SchemaFormatException.class,
                () -> AttributeSchemaJson.parse(new StringReader(json), "/cases/mine.json"));
        String m = e.getMessage();
        assertTrue(m.startsWith("/cases/mine.json: "), m);
        assertTrue(m.contains("attributes[1] (token 'a'): duplicate token or alias 'a', first at attributes[0]"), m);
        assertTrue(m.contains("attributes[2] (token 'b'): unknown group 'nowhere'"), m);
        assertTrue(m.contains("attributes[3] (token 'c'): empty label"), m);
        assertTrue(m.contains("attributes[4] (token 'has space'): token"), m);
    }

    @Test
    void emptyNameAndBrokenJsonAreRejectedWithTheFileName() {
        assertThrows(SchemaFormatException.class, () -> AttributeSchemaJson.parse(new StringReader(
                "{\"id\":\"x\",\"name\":\" \",\"groups\":[{\"id\":\"g\",\"label\":\"G\"}],"
                        + "\"attributes\":[{\"token\":\"t\",\"label\":\"T\",\"group\":\"g\"}]}"), "x.json"));
        SchemaFormatException broken = assertThrows(SchemaFormatException.class,
                () -> AttributeSchemaJson.parse(new StringReader("{\"id\": [}"), "broken.json"));
        assertTrue(broken.getMessage().startsWith("broken.json: "), broken.getMessage());
    }

    @Test
    void schemaRoundTripsThroughAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("default.json");
        AttributeSchemaJson.write(BuiltInSchemas.sightlineDefault(), file);
        assertEquals(BuiltInSchemas.sightlineDefault(), AttributeSchemaJson.read(file));
        assertFalse(Files.list(dir).anyMatch(p -> p.toString().endsWith(".tmp")));
    }

    @Test
    void switchingOnAnExclusiveAttributeSwitchesOffItsGroup() {
        AttributeSchema d = BuiltInSchemas.sightlineDefault();
        Set<String> start = Set.of("upperBodyRed", "upperBodyBlue", "accessoryHat", "personalMale");
        Set<String> edited = LabelEdits.set(d, start, "upperBodyBlack", true);
        assertEquals(Set.of("upperBodyBlack", "accessoryHat", "personalMale"), edited);
        assertEquals(Set.of("upperBodyBlack", "accessoryHat", "personalMale", "carryingBackpack"),
                LabelEdits.set(d, edited, "carryingBackpack", true));
        assertEquals(Set.of("upperBodyBlack", "personalMale"), LabelEdits.set(d, edited, "accessoryHat", false));
        assertThrows(IllegalArgumentException.class, () -> LabelEdits.set(d, start, "noSuchToken", true));
    }
}
