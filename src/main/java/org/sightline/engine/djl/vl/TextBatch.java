package org.sightline.engine.djl.vl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.sightline.core.text.ClipTokenizer;

/**
 * Sentences as model input: local token ids [N, L] and a one-hot [N, L] of each end token (after
 * prompts). L is the longest row's length (start, words, end, prompts), at most the context length:
 * the causal mask makes padding after the end token irrelevant, and short batches run much faster.
 */
record TextBatch(NDArray ids, NDArray endOneHot) {

    static TextBatch of(NDManager manager, ClipTokenizer tokenizer, TextVocabulary vocabulary, List<String> texts,
                        int contextLength, int promptCount) {
        if (promptCount > contextLength - 3) {
            throw new IllegalArgumentException(promptCount + " prompt vectors leave no room in a context of " + contextLength);
        }
        long[][] rows = new long[texts.size()][];
        int[] ends = new int[texts.size()];
        int length = 2 + promptCount;
        int[] eot = new int[1];
        for (int i = 0; i < texts.size(); i++) {
            rows[i] = vocabulary.row(tokenizer.encode(texts.get(i)), contextLength, promptCount, eot);
            ends[i] = eot[0] + promptCount;
            length = Math.max(length, ends[i] + 1);
        }
        long[] ids = new long[texts.size() * length];
        float[] end = new float[texts.size() * length];
        for (int i = 0; i < texts.size(); i++) {
            System.arraycopy(rows[i], 0, ids, i * length, length);
            end[i * length + ends[i]] = 1;
        }
        Shape shape = new Shape(texts.size(), length);
        return new TextBatch(manager.create(ids, shape), manager.create(end, shape));
    }
}
