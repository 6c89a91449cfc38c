package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import java.util.ArrayList;
import java.util.List;

/**
 * CLIP's modified ResNet image tower (RN50 and kin): a 3-convolution stem with an average pool,
 * four stages of anti-aliased {@link Bottleneck}s, and {@link AttentionPool2d} instead of a
 * global average pool. State-dict names are relative to {@code visual.}.
 */
public final class ModifiedResNet extends ClipBlock implements ImageTower {

    private final ModifiedResNetConfig config;
    private final List<ConvWeight> stemConvs = new ArrayList<>();
    private final List<BatchNormBlock> stemNorms = new ArrayList<>();
    private final List<Bottleneck> blocks = new ArrayList<>();
    private final AttentionPool2d attnpool;

    public ModifiedResNet(ModifiedResNetConfig config) {
        this.config = config;
        int width = config.width();
        int[] stemOut = {width / 2, width / 2, width};
        int in = 3;
        for (int i = 0; i < 3; i++) {
            stemConvs.add(child("conv" + (i + 1), new ConvWeight(stemOut[i], in, 3)));
            stemNorms.add(child("bn" + (i + 1), new BatchNormBlock(stemOut[i])));
            in = stemOut[i];
        }
        int inplanes = width;
        int[] layers = config.layers();
        for (int stage = 0; stage < 4; stage++) {
            int planes = width << stage;
            for (int b = 0; b < layers[stage]; b++) {
                int stride = stage > 0 && b == 0 ? 2 : 1;
                blocks.add(child("layer" + (stage + 1) + "." + b, new Bottleneck(inplanes, planes, stride)));
                inplanes = planes * Bottleneck.EXPANSION;
            }
        }
        attnpool = child("attnpool", new AttentionPool2d(config.imageResolution() / 32, width * 32, config.heads(),
                config.embedDim()));
    }

    @Override
    public int imageResolution() {
        return config.imageResolution();
    }

    @Override
    public int embedDim() {
        return config.embedDim();
    }

    @Override
    public NDArray encode(NDArray images) {
        NDArray x = images;
        for (int i = 0; i < 3; i++) {
            x = Activation.relu(stemNorms.get(i).apply(Convolutions.conv(x, stemConvs.get(i), i == 0 ? 2 : 1, 1)));
        }
        x = Convolutions.avgPool(x, 2);
        for (Bottleneck block : blocks) {
            x = block.apply(x);
        }
        return attnpool.apply(x);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(encode(inputs.singletonOrThrow()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), config.embedDim())};
    }
}
