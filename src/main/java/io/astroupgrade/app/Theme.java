package io.astroupgrade.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The two AtlantaFX themes plus our own tokens in {@code app.css}. */
public enum Theme {
    LIGHT, DARK;

    public static final String APP_CSS = "/io/astroupgrade/app.css";

    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
        String appCss = Theme.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(appCss)) scene.getStylesheets().add(appCss);
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(this == DARK ? "theme-dark" : "theme-light");
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }
}
