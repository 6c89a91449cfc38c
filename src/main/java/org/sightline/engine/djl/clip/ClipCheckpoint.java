package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.sightline.core.inference.ModelLoadException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads one of OpenAI's released CLIP checkpoints (a TorchScript archive whose parameters carry
 * CLIP's state-dict names) into a {@link ClipNetwork}: the configuration is inferred from the
 * shapes as openai/CLIP's {@code build_model} does, then every tensor is copied in as float32.
 * DJL lists a TorchScript module's parameters, not its buffers: the BatchNorm running statistics
 * of the ResNet checkpoints (RN50, ...) are read from the archive's pickled module tree instead
 * ({@link TorchScriptArchive}). ViT checkpoints need no buffer (the causal mask is rebuilt).
 */
public final class ClipCheckpoint {

    private ClipCheckpoint() {
    }

    /** Reads from the archive itself the tensors DJL does not list (buffers), where the network needs them. */
    private static void addBuffers(Path file, ClipNetwork network, Map<String, NDArray> tensors, NDManager scratch) {
        List<String> missing = network.stateDict().keySet().stream().filter(name -> !tensors.containsKey(name)).toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            TorchScriptArchive.read(file, missing).forEach((name, tensor) ->
                    tensors.put(name, scratch.create(tensor.values(), new Shape(tensor.shape()))));
        } catch (IOException e) {
            throw new ModelLoadException(file, "cannot read its buffers " + missing + " (" + e.getMessage() + ")", e);
        }
    }

    /** Loads {@code file} (already verified by SHA-256); arrays belong to {@code manager}. */
    public static ClipNetwork load(Path file, NDManager manager) {
        try (NDManager scratch = manager.newSubManager()) {
            Map<String, NDArray> tensors = TorchScriptTensors.read(file, scratch);
            Map<String, Shape> shapes = new LinkedHashMap<>();
            tensors.forEach((name, array) -> shapes.put(name, array.getShape()));
            try {
                ClipNetwork network = new ClipNetwork(ClipConfigs.fromShapes(shapes, file.toString()));
                addBuffers(file, network, tensors, scratch);
                ClipWeights.copy(tensors, network, file.toString(), manager);
                return network;
            } catch (IllegalArgumentException e) {
                throw new ModelLoadException(file, e.getMessage(), e);
            }
        }
    }
}
