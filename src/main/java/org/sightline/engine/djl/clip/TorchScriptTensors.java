package org.sightline.engine.djl.clip;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import org.sightline.core.inference.ModelLoadException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the named parameters of a TorchScript archive with DJL's PyTorch engine, as float32
 * copies owned by a caller's manager (released CLIP archives store most weights in fp16).
 * Buffers are not listed by DJL: see {@link ClipWeights} for how the ones CLIP needs are handled.
 */
final class TorchScriptTensors {

    private TorchScriptTensors() {
    }

    static Map<String, NDArray> read(Path file, NDManager target) {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(file, "no such file", null);
        }
        Map<String, NDArray> tensors = new LinkedHashMap<>();
        try (Model model = Model.newInstance(file.getFileName().toString(), Device.cpu(), "PyTorch")) {
            model.load(file);
            for (Pair<String, Parameter> named : model.getBlock().getParameters()) {
                NDArray source = named.getValue().getArray();
                NDArray copy = source.toType(DataType.FLOAT32, true).duplicate();
                copy.attach(target);
                tensors.put(named.getKey(), copy);
            }
        } catch (IOException | MalformedModelException | RuntimeException e) {
            tensors.values().forEach(NDArray::close);
            throw new ModelLoadException(file, "PyTorch could not read it as a TorchScript archive (" + e.getMessage()
                    + ")", e);
        }
        return tensors;
    }
}
