package io.astroupgrade.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes PNG snapshots of scenes to {@code target/snapshots/} so that people can look at them.
 * With {@code -Dscreenshots.dir=assets/screenshots} they also refresh the README screenshots.
 */
public final class Snapshots {
    private Snapshots() {}

    /** Must run on the FX thread. Returns the written file. */
    public static Path write(Scene scene, String name) {
        return write(scene.snapshot(null), name);
    }

    /** The whole node, also the parts scrolled out of view. Must run on the FX thread. */
    public static Path write(javafx.scene.Node node, String name) {
        javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
        parameters.setFill(javafx.scene.paint.Color.WHITE);
        return write(node.snapshot(parameters, null), name);
    }

    private static Path write(WritableImage image, String name) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        try {
            Path dir = Files.createDirectories(Path.of("target", "snapshots"));
            Path file = dir.resolve(name + ".png");
            ImageIO.write(buffered, "png", file.toFile());
            String extra = System.getProperty("screenshots.dir");
            if (extra != null && !extra.isBlank()) {
                Path readmeDir = Files.createDirectories(Path.of(extra));
                ImageIO.write(buffered, "png", readmeDir.resolve(name + ".png").toFile());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
