package io.astroupgrade.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline for bench/startup.sh: a bare JavaFX "hello" window that reports its first frame
 * exactly the way the wizard's --smoke does.
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
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                long ms = ProcessHandle.current().info().startInstant()
                        .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
                System.out.println("startup_ms=" + ms);
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        stage.setScene(scene);
        stage.show();
    }
}
