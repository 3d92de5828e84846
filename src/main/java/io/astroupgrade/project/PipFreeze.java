package io.astroupgrade.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output of {@code pip freeze} (or a constraints file): {@code name==version} lines. Everything else
 * ({@code name @ file://...}, {@code -e ...}, comments, warnings, blank lines) is skipped without error.
 */
public final class PipFreeze {

    private static final Pattern PIN = Pattern.compile("([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*===?\\s*([^\\s;#]+)\\s*(?:[;#].*)?");

    /** One pinned package; {@code version} is null when the text is not a PEP 440 version. */
    public record Package(String name, String normalizedName, String versionText, Pep440Version version, int line) {
        public boolean isProvider() { return PackageName.isProvider(name); }
    }

    private final Map<String, Package> packages;
    private final List<String> skipped;

    private PipFreeze(Map<String, Package> packages, List<String> skipped) {
        this.packages = packages;
        this.skipped = skipped;
    }

    public static PipFreeze parse(String output) {
        Map<String, Package> packages = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        String[] lines = (output == null ? "" : output).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher m = PIN.matcher(line);
            if (!m.matches()) {
                skipped.add(line);
                continue;
            }
            String name = m.group(1);
            packages.putIfAbsent(PackageName.normalize(name),
                    new Package(name, PackageName.normalize(name), m.group(2), Pep440Version.parse(m.group(2)).orElse(null), i + 1));
        }
        return new PipFreeze(packages, List.copyOf(skipped));
    }

    /** All pinned packages, in the order listed. */
    public List<Package> packages() { return List.copyOf(packages.values()); }

    /** The apache-airflow-providers-* packages. */
    public List<Package> providers() {
        return packages.values().stream().filter(Package::isProvider).toList();
    }

    /** A package by name, compared the PEP 503 way. */
    public Optional<Package> find(String name) {
        return Optional.ofNullable(packages.get(PackageName.normalize(name)));
    }

    /** Lines that are not {@code name==version} (editable installs, direct URLs, warnings), as found. */
    public List<String> skipped() { return skipped; }
}
