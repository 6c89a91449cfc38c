package org.sightline.core.attributes.labels;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInSchemas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelsCsvTest {
    @TempDir
    Path dir;

    private Path csv(String content) throws Exception {
        Path file = dir.resolve("labels.csv");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsCrlfQuotedFieldsExtraColumnsAndTrimsTokens() throws Exception {
        Path file = csv("\uFEFFsubset,file,note,attributes\r\n"
                + "A,img/1.png,\"says \"\"hi\"\", twice\",personalMale  hairLong \r\n"
                + "\r\n"
                + "B,img/2.png,\"two\r\nlines\",\r\n");
        LabelSet set = LabelsCsv.read(file, LabelReadOptions.lenient());
        assertEquals(List.of("subset", "file", "note", "attributes"), set.columns());
        assertEquals(2, set.size());
        LabelledImage first = set.images().get(0);
        assertEquals(List.of("personalMale", "hairLong"), List.copyOf(first.tokens()));
        assertEquals(dir.resolve("img/1.png").toAbsolutePath().normalize(), first.path());
        assertEquals(Map.of("subset", "A", "note", "says \"hi\", twice"), first.extra());
        assertEquals(Set.of(), set.images().get(1).tokens());
        assertEquals("two\r\nlines", set.images().get(1).extra().get("note"));
    }

    @Test
    void schemaTurnsAliasesIntoTokensAndStrictModeNamesTheLineOfAnUnknownToken() throws Exception {
        Path file = csv("file,attributes\nx.png,footwearSneaker personalMale\ny.png,hairLong upperBodyRed\n");
        LabelSet kept = LabelsCsv.read(file, new LabelReadOptions(BuiltInSchemas.peta35(), UnknownTokens.KEEP, false));
        assertEquals(Set.of("footwearSneakers", "personalMale"), kept.images().get(0).tokens());
        assertEquals(Set.of("hairLong", "upperBodyRed"), kept.images().get(1).tokens());
        LabelSet dropped = LabelsCsv.read(file, new LabelReadOptions(BuiltInSchemas.peta35(), UnknownTokens.DROP, false));
        assertEquals(Set.of("hairLong"), dropped.images().get(1).tokens());
        LabelFormatException e = assertThrows(LabelFormatException.class, () -> LabelsCsv.read(file,
                new LabelReadOptions(BuiltInSchemas.peta35(), UnknownTokens.FAIL, false)));
        assertEquals(file + ", line 3: token 'upperBodyRed' is not an attribute of schema 'peta-35'", e.getMessage());
    }

    @Test
    void errorsNameFileAndLine() throws Exception {
        assertMessage("file,labels\nx.png,a\n", "line 1: missing column 'attributes'");
        assertMessage("file,attributes\nx.png,a,b\n", "line 2: expected 2 fields");
        assertMessage("file,attributes\nx.png,a\ny.png,b\nx.png,c\n", "line 4: file 'x.png' is already labelled on line 2");
        assertMessage("file,attributes\n\"x.png,a\n", "line 2: a quoted field is not closed");
        assertMessage("", "line 1: empty file");
        Path file = csv("file,attributes\nmissing.png,a\n");
        LabelFormatException e = assertThrows(LabelFormatException.class,
                () -> LabelsCsv.read(file, new LabelReadOptions(null, UnknownTokens.KEEP, true)));
        assertTrue(e.getMessage().contains("line 2: image file not found: " + dir.resolve("missing.png")), e.getMessage());
    }

    private void assertMessage(String content, String expected) throws Exception {
        Path file = csv(content);
        LabelFormatException e = assertThrows(LabelFormatException.class,
                () -> LabelsCsv.read(file, LabelReadOptions.lenient()));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void writeThenReadGivesTheSameLabelsAndPathsRelativeToTheNewFolder() throws Exception {
        Path file = csv("subset,file,attributes,person_id\r\nA,img/1.png,b a,\" 7\"\r\nB,img/2.png,,8\r\n");
        LabelSet original = LabelsCsv.read(file, LabelReadOptions.lenient());
        Path same = dir.resolve("copy.csv");
        LabelsCsv.write(original, same);
        assertEquals(Files.readString(file), Files.readString(same));
        Path elsewhere = dir.resolve("sub/deeper/labels.csv");
        LabelsCsv.write(original, elsewhere);
        LabelSet reread = LabelsCsv.read(elsewhere, LabelReadOptions.lenient());
        assertEquals("../../img/1.png", reread.images().get(0).file());
        assertEquals(original.images().stream().map(LabelledImage::path).toList(),
                reread.images().stream().map(LabelledImage::path).toList());
        assertEquals(original.truth(), reread.truth());
        assertEquals(" 7", reread.images().get(0).extra().get("person_id"));
        assertEquals(original.columns(), reread.columns());
    }
}
