package org.sightline.ui.footage;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.inference.BoundingBox;

/** Draws the people of a frame over the picture: one colour per track, the selected one emphasised. */
final class BoxPainter {
    private static final Font LABEL_FONT = Font.font("System", 11);

    private BoxPainter() {
    }

    /** Where a frame of {@code width} x {@code height} lies in a {@code areaWidth} x {@code areaHeight} area. */
    record Fit(double x, double y, double scale) {
        static Fit of(double width, double height, double areaWidth, double areaHeight) {
            double scale = Math.min(areaWidth / width, areaHeight / height);
            return new Fit((areaWidth - width * scale) / 2, (areaHeight - height * scale) / 2, scale);
        }

        double frameX(double viewX) {
            return (viewX - x) / scale;
        }

        double frameY(double viewY) {
            return (viewY - y) / scale;
        }
    }

    static Color colourOf(DetectionRow detection) {
        long key = detection.trackId().orElse(detection.id());
        return Color.hsb((key * 137.508) % 360, 0.75, 1.0);
    }

    static void paint(Canvas canvas, Fit fit, List<DetectionRow> boxes, DetectionRow selected) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (fit == null) {
            return;
        }
        g.setFont(LABEL_FONT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        for (DetectionRow detection : boxes) {
            boolean isSelected = selected != null && selected.id() == detection.id();
            BoundingBox box = detection.box();
            double x = fit.x() + box.x() * fit.scale();
            double y = fit.y() + box.y() * fit.scale();
            double w = box.width() * fit.scale();
            double h = box.height() * fit.scale();
            Color colour = colourOf(detection);
            if (isSelected) {
                g.setStroke(Color.WHITE);
                g.setLineWidth(4);
                g.strokeRect(x, y, w, h);
            }
            g.setStroke(colour);
            g.setLineWidth(isSelected ? 2.5 : 1.5);
            g.strokeRect(x, y, w, h);
            String label = detection.identityId().isPresent() ? "P" + detection.identityId().getAsLong()
                    : detection.trackId().isPresent() ? "T" + detection.trackId().getAsLong() : "";
            if (!label.isEmpty()) {
                double labelWidth = label.length() * 7 + 6;
                g.setFill(colour.deriveColor(0, 1, 0.55, 0.85));
                g.fillRect(x, y - 15, labelWidth, 15);
                g.setFill(Color.WHITE);
                g.fillText(label, x + 3, y - 2);
            }
        }
    }
}
