package org.sightline.core.inference;

/** An axis-aligned box in pixel coordinates of the frame it was found in. */
public record BoundingBox(double x, double y, double width, double height) {

    public double area() {
        return Math.max(0, width) * Math.max(0, height);
    }

    public double intersectionOverUnion(BoundingBox other) {
        double left = Math.max(x, other.x);
        double top = Math.max(y, other.y);
        double right = Math.min(x + width, other.x + other.width);
        double bottom = Math.min(y + height, other.y + other.height);
        double intersection = Math.max(0, right - left) * Math.max(0, bottom - top);
        double union = area() + other.area() - intersection;
        return union <= 0 ? 0 : intersection / union;
    }
}
