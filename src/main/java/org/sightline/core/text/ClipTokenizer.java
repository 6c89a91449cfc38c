package org.sightline.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * CLIP's text tokenizer (openai/CLIP {@code simple_tokenizer.py} and {@code clip.tokenize}):
 * byte-level BPE over the merges in {@code bpe_simple_vocab_16e6.txt.gz}. Thread-safe.
 * See {@link ClipTextCleaner} for the one documented difference (no ftfy).
 */
public final class ClipTokenizer {

    public static final int START_OF_TEXT = 49406;
    public static final int END_OF_TEXT = 49407;
    public static final int VOCAB_SIZE = 49408;
    public static final int DEFAULT_CONTEXT_LENGTH = 77;
    /** The reference uses merges[1 : 49152-256-2+1]: the first 48894 lines after the header. */
    static final int MERGE_COUNT = 49152 - 256 - 2;

    private static final String START_TOKEN = "<|startoftext|>";
    private static final String END_TOKEN = "<|endoftext|>";
    private static final Pattern TOKEN_PATTERN = Pattern.compile(
            "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private final Map<String, Integer> encoder;
    private final String[] decoder;
    private final BytePairMerger merger;

    /** Reads the gzip-compressed merges file (the model store verifies it before handing it over). */
    public ClipTokenizer(Path mergesGz) throws IOException {
        this(Files.newInputStream(mergesGz), mergesGz.toString());
    }

    public ClipTokenizer(InputStream mergesGz) throws IOException {
        this(mergesGz, "merges stream");
    }

    private ClipTokenizer(InputStream mergesGz, String origin) throws IOException {
        List<String[]> merges = readMerges(mergesGz, origin);
        decoder = new String[VOCAB_SIZE];
        encoder = new HashMap<>(VOCAB_SIZE * 2);
        Map<String, Integer> ranks = new HashMap<>(MERGE_COUNT * 2);
        int id = 0;
        for (char c : ByteUnicodeTable.VOCAB_ORDER) {
            id = addToken(String.valueOf(c), id);
        }
        for (char c : ByteUnicodeTable.VOCAB_ORDER) {
            id = addToken(c + BytePairMerger.END_OF_WORD, id);
        }
        for (int rank = 0; rank < merges.size(); rank++) {
            String[] pair = merges.get(rank);
            ranks.put(BytePairMerger.pairKey(pair[0], pair[1]), rank); // later duplicate wins, as in Python
            id = addToken(pair[0] + pair[1], id);
        }
        id = addToken(START_TOKEN, id);
        addToken(END_TOKEN, id);
        merger = new BytePairMerger(ranks);
    }

    private int addToken(String token, int id) {
        decoder[id] = token;
        encoder.put(token, id); // a later duplicate wins, as in Python's dict(zip(vocab, ...))
        return id + 1;
    }

    private static List<String[]> readMerges(InputStream mergesGz, String origin) throws IOException {
        List<String[]> merges = new ArrayList<>(MERGE_COUNT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(mergesGz, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String header = reader.readLine();
            if (header == null || !header.contains("#version")) {
                throw new IOException("Not a CLIP BPE merges file (no '#version' header): " + origin);
            }
            for (int line = 2; merges.size() < MERGE_COUNT; line++) {
                String text = reader.readLine();
                if (text == null) {
                    throw new IOException("CLIP BPE merges file " + origin + " ends at line " + line
                            + "; it needs " + MERGE_COUNT + " merges after the header");
                }
                String[] pair = splitPair(text);
                if (pair.length != 2) {
                    throw new IOException("Line " + line + " of " + origin + " is not a merge pair: '" + text + "'");
                }
                merges.add(pair);
            }
        }
        return merges;
    }

    /** Python's {@code line.split()}, with a fast path for the usual "first second" line. */
    private static String[] splitPair(String line) {
        int space = line.indexOf(' ');
        if (space > 0 && space < line.length() - 1 && line.chars().filter(Character::isWhitespace).count() == 1) {
            return new String[] {line.substring(0, space), line.substring(space + 1)};
        }
        return line.strip().split("\\s+");
    }

    /** Token ids of the cleaned text, without the start and end tokens. */
    public int[] encode(String text) {
        String cleaned = ClipTextCleaner.clean(text);
        Matcher matcher = TOKEN_PATTERN.matcher(cleaned);
        int[] ids = new int[Math.max(8, cleaned.length())];
        int count = 0;
        while (matcher.find()) {
            for (String symbol : symbolsOf(matcher.group(), matcher.start())) {
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, count * 2);
                }
                ids[count++] = encoder.get(symbol);
            }
        }
        return Arrays.copyOf(ids, count);
    }

    private List<String> symbolsOf(String token, int position) {
        if (token.equals(START_TOKEN) || token.equals(END_TOKEN)) {
            return List.of(token);
        }
        byte[] utf8 = strictUtf8(token, position);
        char[] mapped = new char[utf8.length];
        for (int i = 0; i < utf8.length; i++) {
            mapped[i] = ByteUnicodeTable.charFor(utf8[i]);
        }
        return merger.symbols(new String(mapped));
    }

    private static byte[] strictUtf8(String token, int position) {
        try {
            var buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(token));
            return Arrays.copyOf(buffer.array(), buffer.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Text has an unpaired UTF-16 surrogate near index " + position
                    + " of the cleaned text; it cannot be encoded as UTF-8", e);
        }
    }

    /** {@link #tokenize(String, int, boolean)} with CLIP's context length of 77. */
    public int[] tokenize(String text, boolean truncate) {
        return tokenize(text, DEFAULT_CONTEXT_LENGTH, truncate);
    }

    /**
     * The model input: start token, ids, end token, zero-padded to {@code contextLength}. Too long
     * a text is cut to {@code contextLength} with the end token as last entry when {@code truncate},
     * and rejected otherwise.
     */
    public int[] tokenize(String text, int contextLength, boolean truncate) {
        if (contextLength < 2) {
            throw new IllegalArgumentException("Context length must be at least 2, got " + contextLength);
        }
        int[] ids = encode(text);
        int[] result = new int[contextLength];
        if (ids.length + 2 > contextLength && !truncate) {
            throw new IllegalArgumentException("Text is too long for context length " + contextLength
                    + ": " + (ids.length + 2) + " tokens with start and end: \"" + abbreviate(text) + "\"");
        }
        result[0] = START_OF_TEXT;
        int kept = Math.min(ids.length, contextLength - 2);
        System.arraycopy(ids, 0, result, 1, kept);
        result[Math.min(ids.length + 1, contextLength - 1)] = END_OF_TEXT;
        return result;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** The reference decode: tokens joined, bytes decoded as UTF-8 (invalid bytes become U+FFFD), "</w>" as space. */
    public String decode(int[] ids) {
        StringBuilder symbols = new StringBuilder(ids.length * 6);
        for (int id : ids) {
            if (id < 0 || id >= VOCAB_SIZE) {
                throw new IllegalArgumentException("Token id " + id + " is outside the CLIP vocabulary [0, "
                        + VOCAB_SIZE + ")");
            }
            symbols.append(decoder[id]);
        }
        byte[] bytes = new byte[symbols.length()];
        int count = 0;
        for (int i = 0; i < symbols.length(); i++) {
            int b = ByteUnicodeTable.byteFor(symbols.charAt(i));
            if (b < 0) {
                throw new IllegalStateException("Vocabulary symbol '" + symbols.charAt(i) + "' is not in the byte table");
            }
            bytes[count++] = (byte) b;
        }
        return new String(bytes, 0, count, StandardCharsets.UTF_8).replace(BytePairMerger.END_OF_WORD, " ");
    }
}
