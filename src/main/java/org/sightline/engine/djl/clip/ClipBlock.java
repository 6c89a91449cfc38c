package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.NormalInitializer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DJL block whose parameters carry the names of OpenAI CLIP's state dict
 * ({@code transformer.resblocks.0.attn.in_proj_weight}), so released checkpoints copy in by name.
 * Parameters have fixed shapes: {@code initialize} fills them randomly (CLIP's 0.02 normal for
 * weights), or {@link ClipWeights} fills them from a checkpoint.
 */
public abstract class ClipBlock extends AbstractBlock {

    private final List<Map.Entry<String, ClipBlock>> namedChildren = new ArrayList<>();

    protected final Parameter weight(String name, long... shape) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(shape)).optInitializer(new NormalInitializer(0.02f)).build());
    }

    protected final Parameter parameter(String name, Parameter.Type type, long... shape) {
        return addParameter(Parameter.builder().setName(name).setType(type).optShape(new Shape(shape))
                .optRequiresGrad(type != Parameter.Type.RUNNING_MEAN && type != Parameter.Type.RUNNING_VAR)
                .build());
    }

    /** Adds a child whose state-dict names are prefixed with {@code name + "."} (none if empty). */
    protected final <B extends ClipBlock> B child(String name, B block) {
        namedChildren.add(Map.entry(name, block));
        return addChildBlock(name.isEmpty() ? "root" : name, block);
    }

    /** Every parameter under its CLIP state-dict name, in definition order. */
    public final Map<String, Parameter> stateDict() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        collect("", out);
        return out;
    }

    private void collect(String prefix, Map<String, Parameter> out) {
        for (Parameter parameter : getDirectParameters().values()) {
            out.put(prefix + parameter.getName(), parameter);
        }
        for (Map.Entry<String, ClipBlock> child : namedChildren) {
            String name = child.getKey();
            child.getValue().collect(name.isEmpty() ? prefix : prefix + name + ".", out);
        }
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (Map.Entry<String, ClipBlock> child : namedChildren) {
            child.getValue().initialize(manager, dataType, inputShapes);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not infer output shapes");
    }
}
