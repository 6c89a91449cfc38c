package org.sightline.engine.djl.vl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.sightline.core.text.ClipTokenizer;

/** Sentences as model input: local token ids [N, L] and a one-hot [N, L] of each end token (after prompts). */
record TextBatch(NDArray ids, NDArray endOneHot) {

    static TextBatch of(NDManager manager, ClipTokenizer tokenizer, TextVocabulary vocabulary, List<String> texts,
                        int contextLength, int promptCount) {
        if (promptCount > contextLength - 3) {
            throw new IllegalArgumentException(promptCount + " prompt vectors leave no room in a context of " + contextLength);
        }
        long[] ids = new long[texts.size() * contextLength];
        float[] end = new float[texts.size() * contextLength];
        int[] eot = new int[1];
        for (int i = 0; i < texts.size(); i++) {
            long[] row = vocabulary.row(tokenizer.encode(texts.get(i)), contextLength, promptCount, eot);
            System.arraycopy(row, 0, ids, i * contextLength, contextLength);
            end[i * contextLength + eot[0] + promptCount] = 1;
        }
        Shape shape = new Shape(texts.size(), contextLength);
        return new TextBatch(manager.create(ids, shape), manager.create(end, shape));
    }
}
