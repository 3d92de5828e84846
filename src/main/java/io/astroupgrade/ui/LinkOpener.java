package io.astroupgrade.ui;

/** Opens a web address in the user's browser. */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
