package org.sightline.core.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text clean-up of CLIP's reference tokenizer: {@code whitespace_clean(basic_clean(text)).lower()}.
 *
 * <p>The reference's {@code basic_clean} first runs {@code ftfy.fix_text}, which has no Java port.
 * Texts that ftfy would change (mojibake, curly quotes, full-width forms, ligatures, control
 * characters, non-NFC text, triple-escaped HTML) are out of scope: they are tokenized as if
 * ftfy had left them unchanged, so their ids can differ from the reference.
 */
final class ClipTextCleaner {

    /** Python regex {@code \s}: the Unicode White_Space property, as Java's UNICODE_CHARACTER_CLASS. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private ClipTextCleaner() {
    }

    static String clean(String text) {
        String basic = pythonStrip(HtmlUnescaper.unescape(HtmlUnescaper.unescape(text)));
        String collapsed = pythonStrip(WHITESPACE_RUN.matcher(basic).replaceAll(" "));
        return collapsed.toLowerCase(Locale.ROOT);
    }

    /** Python's {@code str.strip()}: White_Space plus the separators U+001C..U+001F. */
    static String pythonStrip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isPythonSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isPythonSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isPythonSpace(char c) {
        return (c >= 0x1C && c <= 0x1F) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0x85;
    }
}
