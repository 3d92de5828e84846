package io.astroupgrade.runtime.considerations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small Astro project into a temporary folder. */
final class TestProject {

    private final Path dir;

    TestProject(Path dir) {
        this.dir = dir;
        file(".astro/config.yaml", "project:\n  name: test\n");
    }

    TestProject file(String path, String content) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestProject dockerfile(String content) { return file("Dockerfile", content); }

    TestProject requirements(String content) { return file("requirements.txt", content); }

    TestProject dag(String name, String content) { return file("dags/" + name, content); }

    ProjectFacts facts() { return ProjectFactsReader.read(dir); }
}
