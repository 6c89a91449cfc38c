package org.sightline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.sightline.core.models.ModelStore;

/**
 * The models an app-level test opens through the model store: the checkout's {@code models/} as the bundled
 * models (as {@link RuntimeSetup} sets them for a checkout) and the test model mirror, skipping the test
 * where the mirror lacks OSNet.
 */
final class CheckoutModels {

    /** Test code that may throw anything. */
    @FunctionalInterface
    interface Body {
        void run(Path mirror) throws Throwable;
    }

    private CheckoutModels() {
    }

    /** Runs {@code body} with the mirror, the checkout's models bundled, then restores the bundled-models property. */
    static void with(Body body) throws Throwable {
        Path mirror = Path.of(System.getProperty("sightline.modelMirror", "../shared/models"));
        Assumptions.assumeTrue(Files.isRegularFile(mirror.resolve("reid/osnet_x0_25_msmt17.onnx")),
                "OSNet needed in the model mirror " + mirror.toAbsolutePath());
        String previous = System.getProperty(ModelStore.BUNDLED_PROPERTY);
        System.setProperty(ModelStore.BUNDLED_PROPERTY,
                Path.of(System.getProperty("sightline.projectDir", ".")).resolve("models").toString());
        try {
            body.run(mirror);
        } finally {
            if (previous == null) {
                System.clearProperty(ModelStore.BUNDLED_PROPERTY);
            } else {
                System.setProperty(ModelStore.BUNDLED_PROPERTY, previous);
            }
        }
    }
}
