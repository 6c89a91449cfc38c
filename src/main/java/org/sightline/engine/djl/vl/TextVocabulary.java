package org.sightline.engine.djl.vl;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.sightline.core.text.ClipTokenizer;

/**
 * The kept part of CLIP's 49,408-token BPE vocabulary: the ids that occur in training sentences,
 * renumbered densely after four reserved ids (padding, unknown, start, end). Any other CLIP id
 * maps to the unknown id, which the model learns as "some word it has not seen".
 */
final class TextVocabulary {

    static final int PAD = 0;
    static final int UNKNOWN = 1;
    static final int START = 2;
    static final int END = 3;
    static final int RESERVED = 4;

    private final int[] clipIds;
    private final Map<Integer, Integer> localIds = new HashMap<>();

    TextVocabulary(int[] clipIds) {
        this.clipIds = clipIds.clone();
        for (int i = 0; i < clipIds.length; i++) {
            localIds.put(clipIds[i], i + RESERVED);
        }
    }

    static TextVocabulary of(Iterable<int[]> clipTokenSequences) {
        SortedSet<Integer> ids = new TreeSet<>();
        for (int[] sequence : clipTokenSequences) {
            for (int id : sequence) {
                if (id != ClipTokenizer.START_OF_TEXT && id != ClipTokenizer.END_OF_TEXT) {
                    ids.add(id);
                }
            }
        }
        return new TextVocabulary(ids.stream().mapToInt(Integer::intValue).toArray());
    }

    int[] clipIds() {
        return clipIds.clone();
    }

    int size() {
        return clipIds.length + RESERVED;
    }

    int local(int clipId) {
        return localIds.getOrDefault(clipId, UNKNOWN);
    }

    /**
     * Start, the words' local ids (cut to fit), end, then padding: {@code contextLength - reserved}
     * positions, leaving {@code reserved} for prompt vectors. Returns the row; {@code eot[0]} gets the end's position.
     */
    long[] row(int[] clipWordIds, int contextLength, int reserved, int[] eot) {
        int room = contextLength - reserved - 2;
        int kept = Math.min(room, clipWordIds.length);
        long[] row = new long[contextLength];
        row[0] = START;
        for (int i = 0; i < kept; i++) {
            row[1 + i] = local(clipWordIds[i]);
        }
        row[1 + kept] = END;
        eot[0] = 1 + kept;
        return row;
    }
}
