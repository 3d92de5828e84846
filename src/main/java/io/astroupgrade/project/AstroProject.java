package io.astroupgrade.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * An Astro project folder. The astro CLI treats a folder as a project only when {@code .astro/config.yaml}
 * exists in that very folder; the wizard also needs a Dockerfile.
 */
public record AstroProject(Path dir, String name) {

    public static final String CONFIG = ".astro/config.yaml";

    public Path dockerfile() { return dir.resolve("Dockerfile"); }

    public Path requirements() { return dir.resolve("requirements.txt"); }

    public Path config() { return dir.resolve(CONFIG); }

    public boolean hasRequirements() { return Files.isRegularFile(requirements()); }

    /** Opens and validates a folder; the exception message says what is missing and how to fix it. */
    public static AstroProject open(Path folder) throws ProjectException {
        if (folder == null) throw new ProjectException("No folder given.");
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ProjectException("'" + dir + "' is not a folder.");
        }
        List<String> missing = new ArrayList<>();
        if (!Files.isRegularFile(dir.resolve(CONFIG))) missing.add(CONFIG);
        if (!Files.isRegularFile(dir.resolve("Dockerfile"))) missing.add("Dockerfile");
        if (!missing.isEmpty()) {
            throw new ProjectException("'" + dir + "' is not an Astro project: " + String.join(" and ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing. Open the folder that holds .astro/config.yaml,"
                    + " or create a project there with 'astro dev init'.");
        }
        return new AstroProject(dir, readName(dir.resolve(CONFIG)).orElse(dir.getFileName() == null ? dir.toString() : dir.getFileName().toString()));
    }

    /** The {@code project: name:} entry; the file may be nearly empty or even malformed, which is not fatal. */
    static Optional<String> readName(Path config) {
        try (InputStream in = Files.newInputStream(config)) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(1_000_000);
            Object root = new Yaml(new SafeConstructor(options)).load(in);
            if (root instanceof Map<?, ?> map && map.get("project") instanceof Map<?, ?> project) {
                Object name = project.get("name");
                if (name != null && !name.toString().isBlank()) return Optional.of(name.toString());
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable or malformed config.yaml does not stop the upgrade: fall back to the folder name.
        }
        return Optional.empty();
    }
}
