package io.astroupgrade.runtime.considerations;

import io.astroupgrade.project.Dockerfile;
import io.astroupgrade.version.RuntimeTag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@link ProjectFacts} from a project folder, within bounds: files above {@link #MAX_FILE_BYTES} are
 * skipped, at most {@link #MAX_CODE_FILES} Python files are scanned, links are not followed. Never throws:
 * what could not be read becomes a note. Blocking file I/O: call it off the FX thread.
 */
public final class ProjectFactsReader {

    public static final long MAX_FILE_BYTES = 1024 * 1024;
    public static final int MAX_CODE_FILES = 2000;
    static final List<String> CODE_FOLDERS = List.of("dags", "plugins", "include");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("__pycache__", "node_modules", "venv", ".venv", ".git");

    private static final Pattern ENV = Pattern.compile("^\\s*ENV\\s+(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENV_PAIR = Pattern.compile("(?:^|\\s)([A-Za-z_][A-Za-z0-9_]*)=");
    private static final Pattern DOT_ENV = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=");

    private ProjectFactsReader() {}

    public static ProjectFacts read(Path dir) {
        List<String> notes = new ArrayList<>();
        List<String> requirementLines = lines(dir, "requirements.txt", notes);
        List<String> dockerfile = lines(dir, "Dockerfile", notes);
        List<String> dotEnv = lines(dir, ".env", notes);
        return new ProjectFacts(RequirementNames.read(requirementLines), requirementLines, dockerfile, envNames(dockerfile),
                dotEnv, dotEnvNames(dotEnv), code(dir, notes), rootFiles(dir), baseImage(dockerfile), List.copyOf(notes));
    }

    private static List<String> lines(Path dir, String name, List<String> notes) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) return List.of();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                notes.add(name + " is larger than 1 MB and was not read.");
                return List.of();
            }
            return decode(Files.readAllBytes(file)).lines().toList();
        } catch (IOException e) {
            notes.add(name + " could not be read: " + e.getMessage());
            return List.of();
        }
    }

    /** UTF-8, or UTF-16 when a byte-order mark says so (Windows editors write it); a UTF-8 BOM is dropped. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The final stage's base, as the project package's Dockerfile parser reads it. */
    static Optional<ProjectFacts.BaseImage> baseImage(List<String> dockerfile) {
        if (dockerfile.isEmpty()) return Optional.empty();
        return Dockerfile.parse(String.join("\n", dockerfile)).base().map(base -> new ProjectFacts.BaseImage(
                base.image() != null ? base.image() : base.fromText(), base.line(),
                base.kind().isRuntime() ? base.runtimeVersion().map(v -> new RuntimeTag(v, base.flavour())) : Optional.empty()));
    }

    /** Names set by ENV: {@code ENV A=1 B=2} or the legacy {@code ENV A 1}. */
    static Map<String, Integer> envNames(List<String> dockerfile) {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int i = 0; i < dockerfile.size(); i++) {
            Matcher env = ENV.matcher(dockerfile.get(i));
            if (!env.find()) continue;
            String rest = env.group(1).strip();
            Matcher pair = ENV_PAIR.matcher(rest);
            boolean any = false;
            while (pair.find()) {
                names.putIfAbsent(pair.group(1), i + 1);
                any = true;
            }
            if (!any && !rest.isEmpty()) names.putIfAbsent(rest.split("\\s+")[0], i + 1);
        }
        return names;
    }

    private static Map<String, Integer> dotEnvNames(List<String> lines) {
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = DOT_ENV.matcher(lines.get(i));
            if (m.find()) names.putIfAbsent(m.group(1), i + 1);
        }
        return names;
    }

    private static Set<String> rootFiles(Path dir) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> children = Files.list(dir)) {
            children.forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException e) {
            // An unreadable folder simply has no known files.
        }
        return names;
    }

    private static List<ProjectFacts.SourceFile> code(Path dir, List<String> notes) {
        List<ProjectFacts.SourceFile> files = new ArrayList<>();
        int[] skipped = {0};
        for (String folder : CODE_FOLDERS) {
            Path root = dir.resolve(folder);
            if (!Files.isDirectory(root)) continue;
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        return SKIPPED_FOLDERS.contains(String.valueOf(d.getFileName())) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!attrs.isRegularFile() || !file.getFileName().toString().endsWith(".py")) return FileVisitResult.CONTINUE;
                        String path = dir.relativize(file).toString().replace('\\', '/');
                        if (files.size() >= MAX_CODE_FILES) {
                            skipped[0]++;
                        } else if (attrs.size() > MAX_FILE_BYTES) {
                            notes.add(path + " is larger than 1 MB and was not scanned.");
                        } else {
                            try {
                                files.add(new ProjectFacts.SourceFile(path, decode(Files.readAllBytes(file)).lines().toList()));
                            } catch (IOException e) {
                                notes.add(path + " could not be read: " + e.getMessage());
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        notes.add(dir.relativize(file) + " could not be read.");
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                notes.add(folder + "/ could not be scanned: " + e.getMessage());
            }
        }
        if (skipped[0] > 0) notes.add("Only the first " + MAX_CODE_FILES + " Python files were scanned; " + skipped[0] + " more were skipped.");
        files.sort(java.util.Comparator.comparing(ProjectFacts.SourceFile::path));
        return List.copyOf(files);
    }
}
