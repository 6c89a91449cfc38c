package org.sightline.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClipTextCleanerTest {

    @Test
    void collapsesUnicodeWhitespaceStripsAndLowerCases() {
        assertEquals("a b c d", ClipTextCleaner.clean("  A\t\u00a0B\u3000c\u2028D \n"));
    }

    @Test
    void stripUsesPythonIsspaceWhichIncludesInformationSeparators() {
        assertEquals("x", ClipTextCleaner.pythonStrip("\u001c\u001f\u0085 x \u202f\u205f"));
        // U+001C..U+001F are not \s for the regex module, so inside the text they stay.
        assertEquals("a\u001db", ClipTextCleaner.clean("a\u001db"));
    }

    @Test
    void lowerCaseFollowsFullUnicodeMappings() {
        assertEquals("i\u0307stanbul \u03c3\u03bf\u03c2", ClipTextCleaner.clean("\u0130stanbul \u03a3\u039f\u03a3"));
    }
}
