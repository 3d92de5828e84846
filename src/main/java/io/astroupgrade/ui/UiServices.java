package io.astroupgrade.ui;

import java.io.File;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.layout.Region;

/**
 * What controllers need from the desktop: dialogs, a folder chooser and the browser.
 * The app passes the real ones; tests pass ones that answer by themselves.
 */
public record UiServices(Dialogs dialogs, Function<Region, Optional<File>> folderChooser, LinkOpener links) {}
