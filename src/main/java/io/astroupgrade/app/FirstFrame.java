package io.astroupgrade.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits for the window's first frame, and the {@code startup_ms=} report of {@code --smoke} and the benchmark. */
public final class FirstFrame {

    private FirstFrame() {}

    /** Runs {@code action} on the FX thread once, right after the scene's first pulse has laid out and rendered it. */
    public static void afterFirstFrame(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Prints {@code startup_ms=<ms from process start>} after the first frame, then exits. */
    public static void reportAndExit(Scene scene) {
        afterFirstFrame(scene, () -> {
            System.out.println("startup_ms=" + (System.currentTimeMillis() - processStartMillis()));
            System.out.flush();
            Platform.exit();
        });
    }

    /**
     * When this JVM's process started, in epoch milliseconds. On Linux, {@code ProcessHandle} counts from the boot time
     * in whole seconds, so it can be up to a second early; there the start comes from {@code /proc/uptime} and the
     * process's start tick instead (10 ms steps, as /proc counts in USER_HZ = 100).
     */
    static long processStartMillis() {
        long now = System.currentTimeMillis();
        try {
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22 of stat(5); the list here starts at field 3
            return now - Math.round(uptimeSeconds * 1000) + startTicks * 10;
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(now);
        }
    }
}
