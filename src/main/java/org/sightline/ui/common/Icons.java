package org.sightline.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli icons with the theme's style class, so colour and size come from the stylesheet. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = FontIcon.of(ikon);
        icon.getStyleClass().add("sl-icon");
        return icon;
    }

    public static FontIcon of(Ikon ikon, String extraStyleClass) {
        FontIcon icon = of(ikon);
        icon.getStyleClass().add(extraStyleClass);
        return icon;
    }
}
