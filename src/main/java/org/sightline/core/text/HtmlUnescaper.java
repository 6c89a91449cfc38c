package org.sightline.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code html.unescape}, reproduced rule for rule: named references from the HTML5 table
 * (with and without ';' where HTML allows it, longest known prefix otherwise), decimal and hex
 * numeric references with the WHATWG replacements for invalid code points.
 */
public final class HtmlUnescaper {

    private static final String ENTITY_RESOURCE = "html5-entities.tsv";
    private static final Pattern CHARREF =
            Pattern.compile("&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\\t\\n\\f <&#;]{1,32};?)");
    private static final Map<String, String> NAMED = loadNamedReferences();

    private HtmlUnescaper() {
    }

    public static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher matcher = CHARREF.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replace(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String replace(String reference) {
        if (reference.charAt(0) == '#') {
            return NumericReferences.decode(reference);
        }
        String whole = NAMED.get(reference);
        if (whole != null) {
            return whole;
        }
        // Longest known prefix of at least two characters, as Python (and the HTML standard) do.
        for (int end = reference.length() - 1; end > 1; end--) {
            String prefixValue = NAMED.get(reference.substring(0, end));
            if (prefixValue != null) {
                return prefixValue + reference.substring(end);
            }
        }
        return "&" + reference;
    }

    private static Map<String, String> loadNamedReferences() {
        InputStream in = HtmlUnescaper.class.getResourceAsStream(ENTITY_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + ENTITY_RESOURCE
                    + " next to " + HtmlUnescaper.class.getName());
        }
        Map<String, String> named = new HashMap<>(4096);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                StringBuilder value = new StringBuilder(2);
                for (String hex : line.substring(tab + 1).split(" ")) {
                    value.appendCodePoint(Integer.parseInt(hex, 16));
                }
                named.put(line.substring(0, tab), value.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ENTITY_RESOURCE, e);
        }
        return Map.copyOf(named);
    }

    /** Numeric references: "#123", "#x7B", with or without the trailing ';'. */
    private static final class NumericReferences {
        private static final BigInteger MAX_CODE_POINT = BigInteger.valueOf(Character.MAX_CODE_POINT);
        private static final String WINDOWS_1252_80_9F =
                "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f"
                        + "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

        static String decode(String reference) {
            boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
            String digits = reference.substring(hex ? 2 : 1);
            if (digits.endsWith(";")) {
                digits = digits.substring(0, digits.length() - 1);
            }
            BigInteger value = new BigInteger(digits, hex ? 16 : 10);
            if (value.compareTo(MAX_CODE_POINT) > 0) {
                return "\uFFFD";
            }
            int codePoint = value.intValue();
            if (codePoint == 0x00) {
                return "\uFFFD";
            }
            if (codePoint == 0x0D) {
                return "\r";
            }
            if (codePoint >= 0x80 && codePoint <= 0x9F) {
                return String.valueOf(WINDOWS_1252_80_9F.charAt(codePoint - 0x80));
            }
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
                return "\uFFFD";
            }
            return isDroppedCodePoint(codePoint) ? "" : Character.toString(codePoint);
        }

        /** Python's _invalid_codepoints, less 0x80-0x9F which the Windows-1252 table handles first. */
        private static boolean isDroppedCodePoint(int cp) {
            return (cp >= 0x01 && cp <= 0x08) || cp == 0x0B || (cp >= 0x0E && cp <= 0x1F) || cp == 0x7F
                    || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
        }
    }
}
