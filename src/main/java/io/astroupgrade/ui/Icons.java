package io.astroupgrade.ui;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from the Feather pack, styled by {@code app.css} through the given style class. */
public final class Icons {
    private Icons() {}

    public static FontIcon icon(Feather glyph, String... styleClasses) {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add("icon");
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }
}
