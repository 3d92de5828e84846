package io.astroupgrade.app;

import java.nio.file.Path;

/** Starts the JavaFX application. Kept apart so that headless commands never touch JavaFX. */
final class GuiStarter {
    private GuiStarter() {}

    static int start(Path project, boolean smoke) {
        System.err.println("The GUI is not built yet.");
        return 1;
    }
}
