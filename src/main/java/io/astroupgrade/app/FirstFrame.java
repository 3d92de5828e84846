package io.astroupgrade.app;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/** For {@code --smoke} and the start-up benchmark: prints {@code startup_ms=} once the first frame is rendered, then exits. */
public final class FirstFrame {

    private FirstFrame() {}

    public static void reportAndExit(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                long ms = ProcessHandle.current().info().startInstant()
                        .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
                System.out.println("startup_ms=" + ms);
                System.out.flush();
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
