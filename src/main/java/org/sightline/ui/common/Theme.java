package org.sightline.ui.common;

import java.net.URL;
import javafx.scene.Scene;
import javafx.scene.image.Image;

/** The single stylesheet and the application icon, both loaded from the classpath. */
public final class Theme {
    public static final String STYLESHEET = "/assets/css/sightline.css";
    public static final String APP_ICON = "/assets/icons/sightline-256.png";

    private Theme() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(resource(STYLESHEET).toExternalForm());
    }

    public static Image appIcon() {
        return new Image(resource(APP_ICON).toExternalForm());
    }

    private static URL resource(String path) {
        URL url = Theme.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Missing UI resource on the classpath: " + path
                    + " (it lives in assets/ and is copied by the build)");
        }
        return url;
    }
}
