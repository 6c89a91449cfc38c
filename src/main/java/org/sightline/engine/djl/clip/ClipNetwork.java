package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.util.PairList;

/**
 * A whole CLIP model as DJL blocks: {@code visual.*} image tower, the text tower at the root, and
 * {@code logit_scale}. Its {@link #stateDict()} names are exactly those of OpenAI's checkpoints.
 */
public final class ClipNetwork extends ClipBlock {

    private final ClipConfig config;
    private final ImageTower visual;
    private final ClipTextTower text;
    private final Parameter logitScale;

    public ClipNetwork(ClipConfig config) {
        this.config = config;
        visual = config.isVisionTransformer()
                ? child("visual", new ClipVisionTransformer(config.visionTransformer()))
                : child("visual", new ModifiedResNet(config.resNet()));
        text = child("", new ClipTextTower(config.text()));
        logitScale = addParameter(Parameter.builder().setName("logit_scale").setType(Parameter.Type.OTHER)
                .optShape(new Shape()).optInitializer(new ConstantInitializer((float) Math.log(1 / 0.07))).build());
    }

    public ClipConfig config() {
        return config;
    }

    public ImageTower visual() {
        return visual;
    }

    public ClipTextTower text() {
        return text;
    }

    /** exp(logit_scale): the factor applied to cosine similarities to make logits. */
    public float logitScale() {
        return (float) Math.exp(logitScale.getArray().getFloat());
    }

    /** Inputs: images and token ids; outputs: unnormalised image and text features. */
    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(visual.encode(inputs.get(0)), text.encode(inputs.get(1), null));
    }
}
