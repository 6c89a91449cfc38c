package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.sightline.core.inference.ModelLoadException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads one of OpenAI's released CLIP checkpoints (a TorchScript archive whose parameters carry
 * CLIP's state-dict names) into a {@link ClipNetwork}: the configuration is inferred from the
 * shapes as openai/CLIP's {@code build_model} does, then every tensor is copied in as float32.
 * Limitation: DJL lists a TorchScript module's parameters, not its buffers, so the BatchNorm
 * running statistics of the ResNet checkpoints (RN50, ...) cannot be read this way; ViT
 * checkpoints hold no buffer the model needs (the causal mask is rebuilt).
 */
public final class ClipCheckpoint {

    private ClipCheckpoint() {
    }

    /** Loads {@code file} (already verified by SHA-256); arrays belong to {@code manager}. */
    public static ClipNetwork load(Path file, NDManager manager) {
        try (NDManager scratch = manager.newSubManager()) {
            Map<String, NDArray> tensors = TorchScriptTensors.read(file, scratch);
            Map<String, Shape> shapes = new LinkedHashMap<>();
            tensors.forEach((name, array) -> shapes.put(name, array.getShape()));
            try {
                ClipNetwork network = new ClipNetwork(ClipConfigs.fromShapes(shapes, file.toString()));
                ClipWeights.copy(tensors, network, file.toString(), manager);
                return network;
            } catch (IllegalArgumentException e) {
                throw new ModelLoadException(file, e.getMessage(), e);
            }
        }
    }
}
