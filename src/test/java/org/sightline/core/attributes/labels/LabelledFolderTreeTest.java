package org.sightline.core.attributes.labels;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelledFolderTreeTest {
    @TempDir
    Path dir;

    private LabelSet sample() throws Exception {
        Files.createDirectories(dir.resolve("data/a"));
        Files.createDirectories(dir.resolve("data/b"));
        Files.write(dir.resolve("data/a/1.png"), new byte[]{1});
        Files.write(dir.resolve("data/b/1.png"), new byte[]{2});
        Files.write(dir.resolve("data/a/2.png"), new byte[]{3});
        Path csv = dir.resolve("data/labels.csv");
        Files.writeString(csv, "file,attributes\r\n"
                + "a/1.png,personalMale personalLess30 upperBodyRed upperBodyBlue accessoryHat\r\n"
                + "b/1.png,personalFemale hairLong lowerBodyJeans\r\n"
                + "a/2.png,\r\n");
        return LabelsCsv.read(csv, new LabelReadOptions(BuiltInSchemas.sightlineDefault(), UnknownTokens.FAIL, true));
    }

    @Test
    void exportedTreeHasYesNoFoldersAndGroupFoldersAndReadsBackTheSameLabels() throws Exception {
        AttributeSchema schema = BuiltInSchemas.sightlineDefault();
        LabelSet labels = sample();
        Path root = dir.resolve("tree");
        FolderExportSummary summary = LabelledFolderTree.export(labels, schema, root, LinkMode.HARD_LINK, null);
        assertEquals(3, summary.images());
        assertTrue(Files.isRegularFile(root.resolve("accessoryHat/yes/a__1.png")));
        assertTrue(Files.isRegularFile(root.resolve("accessoryHat/no/b__1.png")));
        assertTrue(Files.isRegularFile(root.resolve("gender/personalFemale/b__1.png")));
        assertTrue(Files.isRegularFile(root.resolve("upperBodyColour/upperBodyRed/a__1.png")));
        assertTrue(Files.isRegularFile(root.resolve("upperBodyColour/upperBodyBlue/a__1.png")));
        assertTrue(Files.notExists(root.resolve("gender/personalMale/a__2.png")));
        assertEquals(2, Files.readAllBytes(root.resolve("gender/personalFemale/b__1.png"))[0]);
        assertEquals(summary.files(), summary.linked() + summary.copied());

        LabelSet back = LabelledFolderTree.read(root);
        Map<String, Set<String>> byName = new HashMap<>();
        back.images().forEach(i -> byName.put(i.path().getFileName().toString(), i.tokens()));
        assertEquals(3, back.size());
        for (LabelledImage original : labels.images()) {
            assertEquals(original.tokens(), byName.get(ExportNames.of(original.file())), original.file());
        }
    }

    @Test
    void hardLinksShareTheOriginalFileAndCopiesDoNot() throws Exception {
        LabelSet labels = sample();
        AttributeSchema schema = BuiltInSchemas.peta35();
        Path linked = dir.resolve("linked");
        FolderExportSummary s = LabelledFolderTree.export(labels, schema, linked, LinkMode.HARD_LINK, null);
        Path original = dir.resolve("data/a/1.png");
        if (s.linked() > 0) {
            assertTrue(Files.isSameFile(original, linked.resolve("personalMale/yes/a__1.png")));
        }
        FolderExportSummary c = LabelledFolderTree.export(labels, schema, dir.resolve("copied"), LinkMode.COPY, null);
        assertEquals(0, c.linked());
        assertEquals(3 * (35 - 4) + 1, c.files(), "31 yes/no attributes per image, plus one age band for a/1");
        assertTrue(!Files.isSameFile(original, dir.resolve("copied/personalMale/yes/a__1.png")));
    }

    @Test
    void exportRefusesANonEmptyFolderAndMissingImages() throws Exception {
        LabelSet labels = sample();
        Path root = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(root.resolve("keep.txt"), "mine");
        assertThrows(LabelFormatException.class, () -> LabelledFolderTree.export(
                labels, BuiltInSchemas.peta35(), root, LinkMode.COPY, null));
        assertEquals("mine", Files.readString(root.resolve("keep.txt")));
        Files.delete(dir.resolve("data/a/2.png"));
        LabelFormatException e = assertThrows(LabelFormatException.class, () -> LabelledFolderTree.export(
                labels, BuiltInSchemas.peta35(), dir.resolve("new"), LinkMode.COPY, null));
        assertTrue(e.getMessage().contains("image file not found"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("new")), "nothing is written before the checks pass");
    }

    @Test
    void readingRejectsFoldersTheSchemaDoesNotExpectAndImagesInYesAndNo() throws Exception {
        AttributeSchema schema = BuiltInSchemas.peta35();
        Path root = dir.resolve("tree");
        LabelledFolderTree.export(sample(), schema, root, LinkMode.COPY, null);
        Files.copy(root.resolve("personalMale/yes/a__1.png"), root.resolve("personalMale/no/a__1.png"));
        LabelFormatException both = assertThrows(LabelFormatException.class, () -> LabelledFolderTree.read(root));
        assertTrue(both.getMessage().contains("both yes and no"), both.getMessage());
        Files.delete(root.resolve("personalMale/no/a__1.png"));
        Files.createDirectories(root.resolve("upperBodyRed"));
        LabelFormatException unknown = assertThrows(LabelFormatException.class, () -> LabelledFolderTree.read(root));
        assertTrue(unknown.getMessage().contains("upperBodyRed"), unknown.getMessage());
    }

    @Test
    void exportNamesFlattenFolders() {
        assertEquals("images__3DPeS__1.png", ExportNames.of("images/3DPeS/1.png"));
        assertEquals("up__x__1.png", ExportNames.of("../x\\1.png"));
    }
}
