package org.sightline.core.vl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.vl.eval.RetrievalScores;

class CaptionRetrievalTest {
    @TempDir
    Path temp;

    /**
     * Gallery: red.png and red2.png (person A), green.png (B), blue.png (C). With the fake model a
     * caption naming red ranks the two red crops first (tie broken either way: both are A's), green
     * ranks green first, and "blue" for person A ranks A's crops 2nd and 3rd behind blue.png.
     */
    @Test
    void handCheckableRecallAndMeanAveragePrecision() throws Exception {
        image("red.png", 220, 10, 10);
        image("red2.png", 200, 30, 20);
        image("green.png", 10, 220, 10);
        image("blue.png", 10, 10, 220);
        Path csv = temp.resolve("captions.csv");
        Files.writeString(csv, """
                file,person_id,caption,notes
                red.png,A,"a man in red, walking",first
                red2.png,A,"a man in red, walking",same caption: one query
                green.png,B,someone in green,
                blue.png,C,the person in blue,
                red.png,A,"a man in blue, walking",a wrong caption
                """);
        List<CaptionsCsv.Row> rows = CaptionsCsv.read(csv);
        assertEquals(5, rows.size());
        assertEquals(temp.resolve("red.png"), rows.getFirst().image());
        RetrievalScores scores = CaptionRetrieval.evaluate(new FakeVlModel("fake", 'f'), rows);
        assertEquals(4, scores.queries());
        assertEquals(4, scores.gallery());
        assertEquals(3 / 4.0, scores.recallAt1(), 1e-9);
        assertEquals(1.0, scores.recallAt5(), 1e-9);
        // APs: red 1, green 1, blue 1, wrong caption (A's crops at ranks 2 and 3): (1/2 + 2/3) / 2 = 7/12
        assertEquals((3 + 7 / 12.0) / 4, scores.meanAveragePrecision(), 1e-6);
    }

    @Test
    void badFilesAreNamed() throws IOException {
        Path csv = temp.resolve("bad.csv");
        Files.writeString(csv, "file,caption\nx.png,hello\n");
        IOException e = assertThrows(IOException.class, () -> CaptionsCsv.read(csv));
        assertEquals(true, e.getMessage().contains("person_id") && e.getMessage().contains(csv.toString()));
        Files.writeString(csv, "file,person_id,caption\nx.png,1,\"open\n");
        assertThrows(IOException.class, () -> CaptionsCsv.read(csv));
    }

    private void image(String name, int r, int g, int b) throws IOException {
        BufferedImage image = new BufferedImage(16, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 16; x++) {
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ImageIO.write(image, "png", temp.resolve(name).toFile());
    }
}
