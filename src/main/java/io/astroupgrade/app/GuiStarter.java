package io.astroupgrade.app;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX application. Kept apart so that headless commands never touch JavaFX. */
final class GuiStarter {
    private GuiStarter() {}

    static int start(Path project, boolean smoke) {
        App.initialProject = project;
        App.smoke = smoke;
        try {
            Application.launch(App.class);
            return 0;
        } catch (RuntimeException | LinkageError e) {
            Throwable cause = e;
            while (cause.getCause() != null) cause = cause.getCause();
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            System.err.println("error: the window could not be opened: " + reason + (App.started ? ""
                    : "\nA desktop session (or Xvfb) is needed; the sub-commands run without one (see --help)."));
            return 1;
        }
    }
}
