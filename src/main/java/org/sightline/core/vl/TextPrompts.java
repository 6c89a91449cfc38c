package org.sightline.core.vl;

/**
 * Learned prompt vectors for the text tower: {@code count} vectors of the tower's token width,
 * row-major in {@code values}, inserted after the start token in place of the first words.
 */
public record TextPrompts(int count, int width, float[] values) {

    public static final TextPrompts NONE = new TextPrompts(0, 0, new float[0]);

    public TextPrompts {
        if (values.length != count * width) {
            throw new IllegalArgumentException(count + " prompt vectors of width " + width + " need "
                    + (count * width) + " values, got " + values.length);
        }
    }
}
