package org.sightline.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected values are Python 3.11 {@code html.unescape} results. */
class HtmlUnescaperTest {

    @Test
    void namedReferencesWithAndWithoutSemicolon() {
        assertEquals("a & b < c", HtmlUnescaper.unescape("a &amp; b &lt c"));
        assertEquals("\u00ac\u0069t; \u2209", HtmlUnescaper.unescape("&notit; &notin;"));
        assertEquals("&xyz", HtmlUnescaper.unescape("&ampxyz"));
        assertEquals("&unknown; & &;", HtmlUnescaper.unescape("&unknown; & &;"));
        assertEquals("\u2242\u0338", HtmlUnescaper.unescape("&nesim;"));
    }

    @Test
    void numericReferencesFollowTheWhatwgReplacements() {
        assertEquals("\uD83D\uDE42\uD83D\uDE00", HtmlUnescaper.unescape("&#x1F642;&#128512"));
        assertEquals("\uFFFD\u2013\r\uFFFD\uFFFD", HtmlUnescaper.unescape("&#0;&#150;&#13;&#xD800;&#99999999999;"));
        assertEquals("ab", HtmlUnescaper.unescape("a&#1;&#xFDD0;&#x10FFFF;b"));
        assertEquals("&#;&#x;", HtmlUnescaper.unescape("&#;&#x;"));
    }

    @Test
    void unescapingTwiceResolvesDoubleEscapes() {
        assertEquals("&", HtmlUnescaper.unescape(HtmlUnescaper.unescape("&amp;amp;")));
        assertEquals("no references", HtmlUnescaper.unescape("no references"));
    }
}
