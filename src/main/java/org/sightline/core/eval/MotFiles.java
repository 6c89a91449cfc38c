package org.sightline.core.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.inference.BoundingBox;

/** Reads MOTChallenge gt.txt and det.txt files (comma-separated, one box per line). */
public final class MotFiles {

    private MotFiles() {
    }

    /** Rows of a gt.txt; the visibility column may be absent (then 1). */
    public static List<MotGroundTruthRow> readGroundTruth(Path file) {
        List<MotGroundTruthRow> rows = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = fields(file, i + 1, lines.get(i), 8);
            if (f == null) {
                continue;
            }
            int line = i + 1;
            rows.add(new MotGroundTruthRow(integer(f[0], file, line, "frame"), integer(f[1], file, line, "id"),
                    box(f, file, line), integer(f[6], file, line, "consider flag") != 0,
                    integer(f[7], file, line, "class"), f.length > 8 ? number(f[8], file, line, "visibility") : 1.0));
        }
        return rows;
    }

    /** Rows of a det.txt. */
    public static List<MotDetectionRow> readDetections(Path file) {
        List<MotDetectionRow> rows = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = fields(file, i + 1, lines.get(i), 7);
            if (f != null) {
                rows.add(new MotDetectionRow(integer(f[0], file, i + 1, "frame"), box(f, file, i + 1),
                        number(f[6], file, i + 1, "score")));
            }
        }
        return rows;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new EvalFileException(file, "cannot be read (" + e + ")", e);
        }
    }

    /** The trimmed fields of a line, or null for a blank line. */
    private static String[] fields(Path file, int line, String text, int minimum) {
        if (text.isBlank()) {
            return null;
        }
        String[] f = text.split(",");
        if (f.length < minimum) {
            throw new EvalFileException(file, line, "expected at least " + minimum + " comma-separated values, got "
                    + f.length + " in \"" + text + "\"");
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].trim();
        }
        return f;
    }

    private static BoundingBox box(String[] f, Path file, int line) {
        double width = number(f[4], file, line, "width");
        double height = number(f[5], file, line, "height");
        if (width < 0 || height < 0) {
            throw new EvalFileException(file, line, "negative box size " + width + " x " + height);
        }
        return new BoundingBox(number(f[2], file, line, "x") - 1, number(f[3], file, line, "y") - 1, width, height);
    }

    private static int integer(String value, Path file, int line, String what) {
        double parsed = number(value, file, line, what);
        if (parsed != Math.rint(parsed)) {
            throw new EvalFileException(file, line, what + " is not a whole number: \"" + value + "\"");
        }
        return (int) parsed;
    }

    private static double number(String value, Path file, int line, String what) {
        try {
            double parsed = Double.parseDouble(value);
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException("not finite");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new EvalFileException(file, line, what + " is not a number: \"" + value + "\"");
        }
    }
}
