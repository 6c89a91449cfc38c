package org.sightline.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClipTokenizerTest {

    private static ClipTokenizer tokenizer;

    @BeforeAll
    static void load() throws IOException {
        var merges = ClipVectors.mirrorFile("bpe_simple_vocab_16e6.txt.gz");
        long start = System.nanoTime();
        tokenizer = new ClipTokenizer(merges);
        System.out.printf("ClipTokenizer: loaded %s in %.0f ms%n", merges, (System.nanoTime() - start) / 1e6);
    }

    @Test
    void everyReferenceVectorEncodesAndDecodesExactly() throws IOException {
        List<ClipVectors.Case> cases = ClipVectors.read(ClipVectors.mirrorFile("tokenizer-vectors.json")).cases();
        assertEquals(20, cases.size(), "tokenizer-vectors.json should hold 20 cases");
        assertCasesMatch(cases);
    }

    @Test
    void edgeCaseVectorsFromTheReferenceTranscriptionMatch() throws IOException {
        try (var in = getClass().getResourceAsStream("clip-extra-vectors.json")) {
            assertCasesMatch(ClipVectors.read(new InputStreamReader(in, StandardCharsets.UTF_8)).cases());
        }
    }

    private static void assertCasesMatch(List<ClipVectors.Case> cases) {
        for (ClipVectors.Case c : cases) {
            assertArrayEquals(c.ids(), tokenizer.encode(c.text()), () -> "ids of \"" + c.text() + "\"");
            assertEquals(c.decoded(), tokenizer.decode(c.ids()), () -> "decode of \"" + c.text() + "\"");
        }
    }

    @Test
    void tokenizeFramesIdsWithStartAndEndAndPadsWithZeros() {
        int[] row = tokenizer.tokenize("a photo of a cat", false);
        int[] expectedStart = {49406, 320, 1125, 539, 320, 2368, 49407, 0};
        assertEquals(77, row.length);
        assertArrayEquals(expectedStart, Arrays.copyOf(row, expectedStart.length));
        assertTrue(Arrays.stream(row, 7, 77).allMatch(id -> id == 0));
        assertArrayEquals(new int[] {49406, 49407, 0, 0}, tokenizer.tokenize("", 4, false));
    }

    @Test
    void truncationKeepsTheFirstTokensAndEndsWithTheEndToken() {
        String longText = "a red coat ".repeat(30);
        int[] ids = tokenizer.encode(longText);
        assertEquals(90, ids.length);
        int[] row = tokenizer.tokenize(longText, true);
        assertEquals(49406, row[0]);
        assertArrayEquals(Arrays.copyOf(ids, 75), Arrays.copyOfRange(row, 1, 76));
        assertEquals(49407, row[76]);
        var error = assertThrows(IllegalArgumentException.class, () -> tokenizer.tokenize(longText, false));
        assertTrue(error.getMessage().contains("too long for context length 77"), error.getMessage());
    }

    @Test
    void exactlyFittingTextIsNotCut() {
        String text = "cat ".repeat(75);
        int[] row = tokenizer.tokenize(text, false);
        assertEquals(49406, row[0]);
        assertTrue(Arrays.stream(row, 1, 76).allMatch(id -> id == 2368));
        assertEquals(49407, row[76]);
    }

    @Test
    void unpairedSurrogateIsRejectedAsPythonWould() {
        var error = assertThrows(IllegalArgumentException.class, () -> tokenizer.encode("bad \ud800 text"));
        assertTrue(error.getMessage().contains("surrogate"), error.getMessage());
    }

    @Test
    void decodeRejectsIdsOutsideTheVocabulary() {
        assertThrows(IllegalArgumentException.class, () -> tokenizer.decode(new int[] {49408}));
        assertEquals("<|startoftext|>a <|endoftext|>", tokenizer.decode(new int[] {49406, 320, 49407}));
    }

    @Test
    void notAMergesFileIsReportedClearly() {
        var error = assertThrows(IOException.class,
                () -> new ClipTokenizer(new ByteArrayInputStream("not gzip".getBytes(StandardCharsets.UTF_8))));
        assertTrue(error.getMessage().contains("GZIP") || error.getMessage().contains("gzip"), error.getMessage());
    }

    @Test
    void encodingSpeedIsReported() {
        String sentence = "A man wearing a black jacket and blue jeans, carrying a backpack.";
        int rounds = 2000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            tokenizer.encode(sentence + " " + (i % 50) + " person");
        }
        double microsPerSentence = (System.nanoTime() - start) / 1e3 / rounds;
        System.out.printf("ClipTokenizer: %.1f us per sentence (%d sentences, warm cache)%n", microsPerSentence, rounds);
        assertTrue(microsPerSentence < 5_000, "encoding one sentence took " + microsPerSentence + " us");
    }
}
