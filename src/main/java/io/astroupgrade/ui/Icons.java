package io.astroupgrade.ui;

import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/** Icons from the Feather pack, styled by {@code app.css} through the given style class. */
public final class Icons {
    private Icons() {}

    public static FontIcon icon(Feather glyph, String... styleClasses) {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add("icon");
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }

    /**
     * Finds the icon packs and loads the Feather font, which the first icon would otherwise do on the UI thread.
     * Safe on any thread: Ikonli and JavaFX fonts are thread-safe.
     */
    public static Void loadFont() {
        IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance()).resolve(Feather.FOLDER.getDescription());
        return null;
    }
}
