package org.sightline.engine.djl;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.core.inference.InferenceException;
import org.sightline.core.inference.ModelLoadException;

/**
 * An ONNX file loaded into DJL's OnnxRuntime engine.
 *
 * <p>Thread safety: the loaded ONNX Runtime session may run from several threads at once, but a
 * DJL {@link Predictor} may not. {@link #run} therefore opens a predictor per call: it is a thin
 * wrapper (no weights copied; see ModelBench for its cost), needs no ThreadLocal that would
 * outlive pool threads, and its context's NDManager scopes every NDArray of that call.
 */
final class OnnxModel implements AutoCloseable {

    static final String ENGINE = "OnnxRuntime";

    private final Path file;
    private final Model model;
    private final OrtSession.SessionOptions sessionOptions;

    private OnnxModel(Path file, Model model, OrtSession.SessionOptions sessionOptions) {
        this.file = file;
        this.model = model;
        this.sessionOptions = sessionOptions;
    }

    /** The device DJL picks for ONNX Runtime on this machine (a GPU where one is usable, else CPU). */
    static Device defaultDevice() {
        return Engine.getEngine(ENGINE).defaultDevice();
    }

    /** Loads an already verified ONNX file; failures name the file and keep the engine's message. */
    static OnnxModel load(Path file, Device device) {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(file, "no such file", null);
        }
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        Model model = null;
        try {
            // ONNX Runtime warns once per initializer of these exports; keep errors only.
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            model = Model.newInstance(file.getFileName().toString(), device, ENGINE);
            model.load(file, null, Map.of("sessionOptions", options));
            return new OnnxModel(file, model, options);
        } catch (IOException | MalformedModelException | OrtException | RuntimeException e) {
            if (model != null) {
                model.close();
            }
            options.close();
            throw new ModelLoadException(file, "ONNX Runtime could not read it (" + e.getMessage() + ")", e);
        }
    }

    Path file() {
        return file;
    }

    /** The device the session was made for: with a GPU the CUDA provider was added, with the CPU none was. */
    Device device() {
        return model.getNDManager().getDevice();
    }

    /** Runs one input through a predictor opened for this call. */
    <I, O> O run(Translator<I, O> translator, I input) {
        return runEach(translator, List.of(input)).getFirst();
    }

    /** Runs the inputs one at a time through one predictor opened for this call. */
    <I, O> List<O> runEach(Translator<I, O> translator, List<I> inputs) {
        try (Predictor<I, O> predictor = model.newPredictor(translator)) {
            List<O> outputs = new ArrayList<>(inputs.size());
            for (I input : inputs) {
                outputs.add(predictor.predict(input));
            }
            return outputs;
        } catch (InferenceException e) {
            throw e;
        } catch (TranslateException | RuntimeException e) {
            throw new InferenceException("Model " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        model.close();
        sessionOptions.close();
    }
}
