package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** CLIP's pre-LN transformer layer: attention and a QuickGELU MLP (width x 4), each residual. */
final class ResidualAttentionBlock extends ClipBlock {

    private final MultiheadAttention attn;
    private final LayerNormBlock ln1;
    private final Mlp mlp;
    private final LayerNormBlock ln2;

    ResidualAttentionBlock(int width, int heads) {
        attn = child("attn", new MultiheadAttention(width, heads));
        ln1 = child("ln_1", new LayerNormBlock(width));
        mlp = child("mlp", new Mlp(width));
        ln2 = child("ln_2", new LayerNormBlock(width));
    }

    NDArray apply(NDArray x, NDArray mask) {
        NDArray attended = x.add(attn.apply(ln1.apply(x), mask));
        return attended.add(mlp.apply(ln2.apply(attended)));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(inputs.get(0), inputs.size() > 1 ? inputs.get(1) : null));
    }

    /** c_fc, QuickGELU ({@code x * sigmoid(1.702 x)}), c_proj. */
    static final class Mlp extends ClipBlock {

        private final LinearBlock fc;
        private final LinearBlock proj;

        Mlp(int width) {
            fc = child("c_fc", new LinearBlock(width, 4L * width));
            proj = child("c_proj", new LinearBlock(4L * width, width));
        }

        NDArray apply(NDArray x) {
            NDArray hidden = fc.apply(x);
            return proj.apply(hidden.mul(Activation.sigmoid(hidden.mul(1.702f))));
        }

        @Override
        protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                PairList<String, Object> params) {
            return new NDList(apply(inputs.singletonOrThrow()));
        }
    }
}
