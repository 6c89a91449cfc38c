package org.sightline.engine.djl.vl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import java.util.Random;

/** Normal(0, std) or a constant, drawn from Java's seeded Random so that training is reproducible. */
record SeededInitializer(Random random, double std, float constant) implements Initializer {

    static SeededInitializer normal(Random random, double std) {
        return new SeededInitializer(random, std, 0);
    }

    static SeededInitializer constant(float value) {
        return new SeededInitializer(null, 0, value);
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = random == null ? constant : (float) (random.nextGaussian() * std);
        }
        return manager.create(values, shape).toType(dataType, false);
    }
}
