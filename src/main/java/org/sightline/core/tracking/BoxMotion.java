package org.sightline.core.tracking;

import org.sightline.core.inference.BoundingBox;

/**
 * Constant-velocity motion of a box (centre x, centre y, width, height) smoothed by a fixed-gain
 * alpha-beta filter. That is the steady state of a constant-velocity Kalman filter: with one
 * detector whose noise nobody has measured, a full covariance adds parameters to guess and no
 * accuracy, while fixed gains stay deterministic and need no matrix code. Velocities are per
 * frame, so predictions over sampling gaps (every Nth frame) scale with the frames elapsed.
 */
final class BoxMotion {

    private static final double ALPHA = 0.7;
    private static final double BETA = 0.3;
    private static final double MIN_SIDE = 1.0;

    private final double[] state = new double[4];
    private final double[] velocity = new double[4];
    private long frame;
    private int updates;

    BoxMotion(BoundingBox box, long frame) {
        set(state, box);
        this.frame = frame;
        this.updates = 1;
    }

    /** The box expected at {@code atFrame} (not before the last update). */
    BoundingBox predict(long atFrame) {
        return toBox(project(atFrame));
    }

    /** Corrects the prediction for {@code atFrame} towards the measured box. */
    void update(BoundingBox measured, long atFrame) {
        long elapsed = atFrame - frame;
        if (elapsed <= 0) {
            throw new IllegalArgumentException("Motion update at frame " + atFrame + " is not after frame " + frame);
        }
        double[] predicted = project(atFrame);
        double[] z = new double[4];
        set(z, measured);
        for (int i = 0; i < 4; i++) {
            double residual = z[i] - predicted[i];
            if (updates == 1) {
                // Second sighting: the displacement itself is the best velocity estimate.
                velocity[i] = (z[i] - state[i]) / elapsed;
                state[i] = z[i];
            } else {
                state[i] = predicted[i] + ALPHA * residual;
                velocity[i] += BETA * residual / elapsed;
            }
        }
        frame = atFrame;
        updates++;
    }

    private double[] project(long atFrame) {
        long elapsed = Math.max(0, atFrame - frame);
        double[] p = new double[4];
        for (int i = 0; i < 4; i++) {
            p[i] = state[i] + velocity[i] * elapsed;
        }
        return p;
    }

    private static void set(double[] target, BoundingBox box) {
        target[0] = box.x() + box.width() / 2;
        target[1] = box.y() + box.height() / 2;
        target[2] = box.width();
        target[3] = box.height();
    }

    private static BoundingBox toBox(double[] s) {
        double width = Math.max(MIN_SIDE, s[2]);
        double height = Math.max(MIN_SIDE, s[3]);
        return new BoundingBox(s[0] - width / 2, s[1] - height / 2, width, height);
    }
}
