package org.sightline.core.models;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a model expects and returns, as recorded in the catalog. Inference code reads these instead
 * of hard-coding them. Absent facts (a vocabulary has no input shape) are empty.
 *
 * @param inputShape    image input, e.g. [1, 3, 416, 416] (N, C, H, W); empty when not an image model
 * @param colourOrder   "RGB" or "BGR"; empty when not an image model
 * @param outputs       one human-readable line per output
 * @param embeddingSize length of the embedding vector for re-ID and vision-language models
 * @param decoder       how a detector's output is decoded; empty for other roles or to default by id
 */
public record TaskFacts(List<Integer> inputShape, Optional<String> colourOrder,
                        Optional<Normalisation> normalisation, Optional<String> resize,
                        List<String> outputs, OptionalInt embeddingSize, Optional<String> notes,
                        Optional<DetectorDecoder> decoder) {
    public TaskFacts {
        inputShape = List.copyOf(inputShape);
        outputs = List.copyOf(outputs);
    }

    /** Input height in pixels, from an N, C, H, W shape. */
    public int inputHeight() {
        requireImageShape();
        return inputShape.get(2);
    }

    /** Input width in pixels, from an N, C, H, W shape. */
    public int inputWidth() {
        requireImageShape();
        return inputShape.get(3);
    }

    private void requireImageShape() {
        if (inputShape.size() != 4) {
            throw new IllegalStateException("not an image model: input shape is " + inputShape);
        }
    }
}
