package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.ModelLoadException;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tiny OpenAI-structured checkpoints load into the DJL blocks and reproduce torch's outputs. */
class ClipCheckpointTest {

    private static final float TOLERANCE = 1e-4f;

    @Test
    void vitCheckpointReproducesTorchImageAndTextEmbeddings() {
        JsonObject ref = TinyClip.model("vit");
        try (NDManager manager = NDManager.newBaseManager()) {
            ClipNetwork network = ClipCheckpoint.load(TinyClip.dir().resolve("tiny-clip-vit.pt"), manager);
            assertEquals(ClipConfig.vit(64, 32, 2, 128, 8, new TextTowerConfig(49408, 77, 128, 2, 2, 64)),
                    network.config());
            NDArray images = TinyClip.array(manager, ref, "image", 2, 3, 32, 32);
            assertClose(TinyClip.floats(ref, "encode_image"), network.visual().encode(images));
            assertClose(TinyClip.floats(ref, "encode_text"), network.text().encode(TinyClip.tokens(manager), null));
            assertEquals(Math.exp(ref.get("logit_scale").getAsFloat()), network.logitScale(), 1e-5);
        }
    }

    @Test
    void resNetCheckpointReproducesTorchWithBuffersReadFromTheArchive() {
        JsonObject ref = TinyClip.model("rn");
        try (NDManager manager = NDManager.newBaseManager()) {
            ClipNetwork network = ClipCheckpoint.load(TinyClip.dir().resolve("tiny-clip-rn.pt"), manager);
            assertArrayEquals(new int[] {1, 2, 1, 1}, network.config().visionLayers());
            assertEquals(64, network.config().imageResolution());
            NDArray images = TinyClip.array(manager, ref, "image", 2, 3, 64, 64);
            assertClose(TinyClip.floats(ref, "encode_image"), network.visual().encode(images));
            assertClose(TinyClip.floats(ref, "encode_text"), network.text().encode(TinyClip.tokens(manager), null));
        }
    }

    /**
     * The network's weights must not share memory with the tensors they were read into: a buffer made from a
     * Java array is freed with its scratch manager (and reused once the GC ran), which made BatchNorm read
     * garbage and the ResNet encode NaN on CI. Poisoning the sources after the copy shows any sharing at once.
     */
    @Test
    void loadedWeightsAreCopiesNotViewsOfTheTensorsTheyWereReadFrom() throws Exception {
        Path file = TinyClip.dir().resolve("tiny-clip-rn.pt");
        JsonObject ref = TinyClip.model("rn");
        try (NDManager manager = NDManager.newBaseManager(); NDManager scratch = manager.newSubManager()) {
            Map<String, NDArray> tensors = TorchScriptTensors.read(file, scratch);
            Map<String, Shape> shapes = new java.util.LinkedHashMap<>();
            tensors.forEach((name, array) -> shapes.put(name, array.getShape()));
            ClipNetwork network = new ClipNetwork(ClipConfigs.fromShapes(shapes, file.toString()));
            java.util.List<String> buffers = java.util.List.copyOf(ref.getAsJsonObject("buffers").keySet());
            TorchScriptArchive.read(file, buffers).forEach((name, tensor) ->
                    tensors.put(name, scratch.create(tensor.values(), new Shape(tensor.shape()))));  // as ClipCheckpoint does
            ClipWeights.copy(tensors, network, file.toString(), manager);

            tensors.values().forEach(source -> source.muli(Float.NaN));

            NDArray images = TinyClip.array(manager, ref, "image", 2, 3, 64, 64);
            assertClose(TinyClip.floats(ref, "encode_image"), network.visual().encode(images));
            assertClose(TinyClip.floats(ref, "encode_text"), network.text().encode(TinyClip.tokens(manager), null));
        }
    }

    @Test
    void archiveReaderAgreesWithDjlAndWithTorchBuffers() throws Exception {
        Path file = TinyClip.dir().resolve("tiny-clip-rn.pt");
        JsonObject buffers = TinyClip.model("rn").getAsJsonObject("buffers");
        try (NDManager manager = NDManager.newBaseManager()) {
            Map<String, NDArray> djl = TorchScriptTensors.read(file, manager);
            java.util.List<String> names = new java.util.ArrayList<>(djl.keySet());
            names.addAll(buffers.keySet());
            Map<String, TorchScriptArchive.Tensor> archive = TorchScriptArchive.read(file, names);
            assertEquals(names.size(), archive.size());
            for (String name : djl.keySet()) {
                assertArrayEquals(djl.get(name).toFloatArray(), archive.get(name).values(), name);
                assertArrayEquals(djl.get(name).getShape().getShape(), archive.get(name).shape(), name);
            }
            for (String name : buffers.keySet()) {
                assertArrayEquals(TinyClip.floats(buffers.getAsJsonObject(name), "values"), archive.get(name).values(), name);
            }
        }
    }

    @Test
    void aFileThatIsNotAnArchiveIsNamed() throws Exception {
        Path file = java.nio.file.Files.createTempFile("not-clip", ".pt");
        try (NDManager manager = NDManager.newBaseManager()) {
            java.nio.file.Files.writeString(file, "not a TorchScript archive");
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> ClipCheckpoint.load(file, manager));
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void wrongShapeAndMissingTensorAreNamed() {
        Path file = TinyClip.dir().resolve("tiny-clip-vit.pt");
        try (NDManager manager = NDManager.newBaseManager()) {
            Map<String, NDArray> tensors = TorchScriptTensors.read(file, manager);
            ClipConfig config = ClipConfig.vit(64, 32, 2, 128, 8, new TextTowerConfig(49408, 77, 128, 2, 2, 64));
            NDArray proj = tensors.put("visual.proj", manager.zeros(new Shape(128, 32)));
            IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                    () -> ClipWeights.copy(tensors, new ClipNetwork(config), file.toString(), manager));
            assertTrue(shape.getMessage().contains("'visual.proj' has shape (128, 32), expected (128, 64)"),
                    shape.getMessage());
            tensors.put("visual.proj", proj);
            tensors.remove("transformer.resblocks.1.ln_2.bias");
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                    () -> ClipWeights.copy(tensors, new ClipNetwork(config), file.toString(), manager));
            assertTrue(missing.getMessage().contains(file + " has no tensor 'transformer.resblocks.1.ln_2.bias'"),
                    missing.getMessage());
        }
    }

    @Test
    void missingFileIsAModelLoadException() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Path missing = Path.of("no-such-clip.pt");
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> ClipCheckpoint.load(missing, manager));
            assertTrue(e.getMessage().contains("no-such-clip.pt"));
        }
    }

    static void assertClose(float[] expected, NDArray actual) {
        float difference = TinyClip.maxDifference(expected, actual.toFloatArray());
        assertTrue(difference < TOLERANCE, "max |torch - DJL| = " + difference);
    }
}
