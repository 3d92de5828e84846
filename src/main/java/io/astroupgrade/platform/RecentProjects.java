package io.astroupgrade.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The recently opened project folders, newest first, kept in the user's config folder. */
public final class RecentProjects {

    public static final int MAX = 8;
    private final Path file;

    public RecentProjects(UserDirs dirs) {
        this.file = dirs.configDir().resolve("recent-projects.txt");
    }

    /** The remembered folders that still exist. A missing or unreadable file is an empty list. */
    public List<Path> list() {
        if (!Files.isRegularFile(file)) return List.of();
        try {
            List<Path> result = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                try {
                    Path dir = Path.of(line.strip());
                    if (Files.isDirectory(dir) && !result.contains(dir)) result.add(dir);
                } catch (RuntimeException invalidPath) {
                    // skip a line that is not a path on this machine
                }
            }
            return List.copyOf(result.subList(0, Math.min(MAX, result.size())));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Puts {@code dir} first. Failing to remember is not worth bothering the user about, so it returns false. */
    public boolean remember(Path dir) {
        List<Path> entries = new ArrayList<>(list());
        Path absolute = dir.toAbsolutePath().normalize();
        entries.remove(absolute);
        entries.add(0, absolute);
        List<String> lines = entries.stream().limit(MAX).map(Path::toString).toList();
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "recent", ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
