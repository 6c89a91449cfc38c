package org.sightline.core.text;

/**
 * GPT-2/CLIP {@code bytes_to_unicode}: every byte value gets a printable character so that BPE
 * never sees whitespace or control characters. Printable Latin-1 bytes map to themselves, the
 * other 68 bytes to U+0100 onwards in byte order.
 */
final class ByteUnicodeTable {

    /** Characters in the reference's order: the printable bytes first, then the remapped ones. */
    static final char[] VOCAB_ORDER = new char[256];
    private static final char[] BYTE_TO_CHAR = new char[256];
    private static final int[] CHAR_TO_BYTE = new int[512];

    static {
        java.util.Arrays.fill(CHAR_TO_BYTE, -1);
        int next = 0;
        for (int b = 0; b < 256; b++) {
            if (isPrintedAsItself(b)) {
                VOCAB_ORDER[next++] = (char) b;
                BYTE_TO_CHAR[b] = (char) b;
            }
        }
        int shifted = 0;
        for (int b = 0; b < 256; b++) {
            if (!isPrintedAsItself(b)) {
                BYTE_TO_CHAR[b] = (char) (256 + shifted++);
                VOCAB_ORDER[next++] = BYTE_TO_CHAR[b];
            }
        }
        for (int b = 0; b < 256; b++) {
            CHAR_TO_BYTE[BYTE_TO_CHAR[b]] = b;
        }
    }

    private ByteUnicodeTable() {
    }

    private static boolean isPrintedAsItself(int b) {
        return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
    }

    static char charFor(byte b) {
        return BYTE_TO_CHAR[b & 0xFF];
    }

    /** The byte a table character stands for; -1 for characters outside the table. */
    static int byteFor(char c) {
        return c < CHAR_TO_BYTE.length ? CHAR_TO_BYTE[c] : -1;
    }
}
