package io.astroupgrade.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline for bench/startup.sh: a bare JavaFX "hello" window that reports its first frame
 * with the same code as the wizard's --smoke.
 */
public final class HelloFx extends Application {

    /** Started like the wizard: from a plain class, so that JavaFX may sit on the class path. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(HelloFx.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Hello"), 1120, 740);
        io.astroupgrade.app.FirstFrame.reportAndExit(scene);
        stage.setScene(scene);
        stage.show();
    }
}
