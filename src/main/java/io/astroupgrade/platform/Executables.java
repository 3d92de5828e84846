package io.astroupgrade.platform;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds programs on the PATH the way a shell would, including Windows' executable extensions. */
public final class Executables {

    private final String path;
    private final boolean windows;

    public Executables(String path, boolean windows) {
        this.path = path == null ? "" : path;
        this.windows = windows;
    }

    public static Executables fromEnvironment() {
        return new Executables(System.getenv("PATH"), System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win"));
    }

    public Optional<Path> find(String program) {
        List<String> names = windows ? List.of(program + ".exe", program + ".cmd", program + ".bat", program) : List.of(program);
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) continue;
            for (String name : names) {
                Path candidate;
                try {
                    candidate = Path.of(dir, name);
                } catch (RuntimeException invalidPath) {
                    continue;
                }
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
