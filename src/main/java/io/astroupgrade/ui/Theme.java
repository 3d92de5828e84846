package io.astroupgrade.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The two AtlantaFX themes plus our own tokens in {@code app.css}. */
public enum Theme {
    LIGHT, DARK;

    public static final String APP_CSS = "/io/astroupgrade/app.css";

    /**
     * Makes this theme JavaFX's user-agent stylesheet. Called before the first control is built, it also spares
     * JavaFX from loading its default Modena stylesheet first.
     */
    public void installUserAgentStylesheet() {
        String stylesheet = this == DARK ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) Application.setUserAgentStylesheet(stylesheet);
    }

    public void apply(Scene scene) {
        installUserAgentStylesheet();
        String appCss = Theme.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(appCss)) scene.getStylesheets().add(appCss);
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(this == DARK ? "theme-dark" : "theme-light");
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }
}
