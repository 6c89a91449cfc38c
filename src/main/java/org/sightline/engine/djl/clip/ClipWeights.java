package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;

import java.util.Map;

/**
 * Fills a {@link ClipBlock}'s parameters from tensors named by CLIP's state dict, checking every
 * name and shape first. The block's parameters end up frozen (no gradients); unfreeze what you train.
 * Extra tensors (the archive's {@code input_resolution}, {@code num_batches_tracked}, ...) are ignored.
 */
public final class ClipWeights {

    private ClipWeights() {
    }

    /** {@code source} (a file path) goes into every error message. */
    public static void copy(Map<String, NDArray> tensors, ClipBlock block, String source, NDManager manager) {
        Map<String, Parameter> parameters = block.stateDict();
        for (Map.Entry<String, Parameter> entry : parameters.entrySet()) {
            NDArray tensor = tensors.get(entry.getKey());
            Parameter parameter = entry.getValue();
            if (tensor == null) {
                throw new IllegalArgumentException(source + " has no tensor '" + entry.getKey() + "' (expected shape "
                        + parameter.getShape() + hint(entry.getKey()) + ")");
            }
            if (!tensor.getShape().equals(parameter.getShape())) {
                throw new IllegalArgumentException(source + ": tensor '" + entry.getKey() + "' has shape "
                        + tensor.getShape() + ", expected " + parameter.getShape());
            }
        }
        block.freezeParameters(true);
        for (Map.Entry<String, Parameter> entry : parameters.entrySet()) {
            NDArray tensor = tensors.get(entry.getKey());
            // A real copy: DJL's PyTorch toType(FLOAT32, true) returns the same storage for a float32 tensor, and a
            // buffer made from a Java array (ClipCheckpoint's running statistics) lives in memory that is freed
            // once its scratch manager closed and the GC ran: BatchNorm then read garbage (NaN on CI).
            // Checkpoints are read on the CPU; the weights go to the manager's device.
            NDArray value = (tensor.getDataType() == DataType.FLOAT32 ? tensor.duplicate()
                    : tensor.toType(DataType.FLOAT32, false)).toDevice(manager.getDevice(), false);
            value.attach(manager);
            Parameter parameter = entry.getValue();
            parameter.setInitializer((m, shape, type) -> value);
            parameter.initialize(manager, DataType.FLOAT32);
        }
    }

    private static String hint(String name) {
        return name.endsWith("running_mean") || name.endsWith("running_var")
                ? "; a buffer, looked for in the archive's pickled module tree" : "";
    }
}
