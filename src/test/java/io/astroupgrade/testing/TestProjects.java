package io.astroupgrade.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small Astro project folders for tests. */
public final class TestProjects {
    private TestProjects() {}

    public static Path astroProject(Path parent, String name, String dockerfile) {
        try {
            Path dir = Files.createDirectories(parent.resolve(name));
            Files.createDirectories(dir.resolve(".astro"));
            Files.writeString(dir.resolve(".astro/config.yaml"), "project:\n  name: " + name + "\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("Dockerfile"), dockerfile, StandardCharsets.UTF_8);
            Files.createDirectories(dir.resolve("dags"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path astroProject(Path parent, String name) {
        return astroProject(parent, name, "FROM quay.io/astronomer/astro-runtime:12.1.0\n");
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
