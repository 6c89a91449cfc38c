package org.sightline.engine.djl.tuning;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A small labelled crop set drawn at test time, as a PETA-style labels CSV (schema peta-35): a red
 * top band means "personalMale", a blue bottom band "lowerBodyJeans", a dark head band "hairLong";
 * the rest is noise. One person per crop.
 */
public final class SyntheticCrops {

    private SyntheticCrops() {
    }

    public static Path csv(Path dir, int count, long seed) throws IOException {
        Random random = new Random(seed);
        Files.createDirectories(dir);
        List<String> rows = new ArrayList<>(List.of("subset,file,person_id,attributes"));
        for (int i = 0; i < count; i++) {
            boolean male = random.nextBoolean(), jeans = random.nextBoolean(), longHair = random.nextBoolean();
            BufferedImage image = new BufferedImage(24, 48, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 48; y++) {
                for (int x = 0; x < 24; x++) {
                    int r = 60 + random.nextInt(120), g = 60 + random.nextInt(120), b = 60 + random.nextInt(120);
                    if (y < 8 && longHair) {
                        r = g = b = 20;
                    } else if (y >= 8 && y < 24 && male) {
                        r = 230;
                        g = b = 30;
                    } else if (y >= 24 && y < 40 && jeans) {
                        b = 220;
                        r = g = 40;
                    }
                    image.setRGB(x, y, (r << 16) | (g << 8) | b);
                }
            }
            Path file = dir.resolve("crop" + i + ".png");
            ImageIO.write(image, "png", file.toFile());
            List<String> tokens = new ArrayList<>();
            if (male) {
                tokens.add("personalMale");
            }
            if (jeans) {
                tokens.add("lowerBodyJeans");
            }
            if (longHair) {
                tokens.add("hairLong");
            }
            rows.add("SYN," + file.toAbsolutePath() + "," + i + "," + String.join(" ", tokens));
        }
        Path csv = dir.resolve("labels.csv");
        Files.write(csv, rows);
        return csv;
    }
}
