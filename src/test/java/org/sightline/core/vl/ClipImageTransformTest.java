package org.sightline.core.vl;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.RgbImage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** CLIP preprocessing against PIL's bicubic resize, centre crop and normalisation. */
class ClipImageTransformTest {

    @Test
    void matchesPilPreprocessingOfALandscapePicture() throws Exception {
        JsonObject picture = pilReference();
        JsonArray rgb = picture.getAsJsonArray("rgb");
        byte[] pixels = new byte[rgb.size()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) rgb.get(i).getAsInt();
        }
        int size = picture.get("size").getAsInt();
        float[] actual = new float[3 * size * size];
        new ClipImageTransform(size).apply(new RgbImage(picture.get("width").getAsInt(),
                picture.get("height").getAsInt(), pixels), actual, 0);
        JsonArray tensor = picture.getAsJsonArray("tensor");
        float[] expected = new float[tensor.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = tensor.get(i).getAsFloat();
        }
        assertArrayEquals(expected, actual, 1e-6f);
    }

    @Test
    void sameSizeImageIsOnlyNormalised() {
        byte[] pixels = new byte[4 * 4 * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 5);
        }
        float[] out = new float[3 * 16];
        new ClipImageTransform(4).apply(new RgbImage(4, 4, pixels), out, 0);
        assertEquals(((5 * 3 * 5) / 255f - ClipImageTransform.MEAN[0]) / ClipImageTransform.STD[0], out[5], 1e-6f);
    }

    /** Runs the PIL half of make_tiny_clip.py (no torch needed beyond import). */
    private static JsonObject pilReference() throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), python + " is missing: it computes the PIL reference");
        String code = "import json,sys; sys.path.insert(0,'src/test/python'); import make_tiny_clip as m; "
                + "print(json.dumps(m.preprocess_reference(32)))";
        Process process = new ProcessBuilder(python.toString(), "-c", code).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes());
        Assumptions.assumeTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0,
                "python3 with torch and PIL is needed for the reference: " + new String(process.getErrorStream().readAllBytes()));
        return JsonParser.parseString(out).getAsJsonObject();
    }
}
