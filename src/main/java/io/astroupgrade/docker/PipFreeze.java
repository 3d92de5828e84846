package io.astroupgrade.docker;

import io.astroupgrade.version.PythonVersion;

import io.astroupgrade.project.PackageName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packages of a {@code pip freeze} output (or a constraints file): one entry per {@code name==version} line.
 * Other forms ({@code name @ file:///…}, {@code -e …}, options, comments, blank or garbled lines) are skipped
 * without error. Names are looked up the PEP 503 way; when a name repeats, the first line wins.
 */
public final class PipFreeze {

    /** One pinned package, with the name and version as pip printed them. */
    public record Package(String name, String version) {
        public String normalizedName() { return PackageName.normalize(name); }

        public Optional<PythonVersion> parsedVersion() { return PythonVersion.tryParse(version); }

        public boolean isProvider() { return PackageName.isProvider(name); }
    }

    // PEP 508 name, "==", then a version up to whitespace, ';' (marker), '#' (comment) or '\' (continuation).
    private static final Pattern PINNED = Pattern.compile(
            "\\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*==\\s*([^\\s;#\\\\=]+)\\s*(?:[;#\\\\].*)?");

    private static final PipFreeze EMPTY = new PipFreeze(Map.of());

    private final Map<String, Package> byName; // normalised name -> package, in input order

    private PipFreeze(Map<String, Package> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    public static PipFreeze empty() { return EMPTY; }

    /** Parses the whole output. Never throws; {@code null} gives an empty list. */
    public static PipFreeze parse(String text) {
        if (text == null || text.isEmpty()) return EMPTY;
        Map<String, Package> byName = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            parseLine(line).ifPresent(p -> byName.putIfAbsent(p.normalizedName(), p));
        }
        return new PipFreeze(byName);
    }

    /** The package pinned on one line, or empty when the line is anything else. */
    public static Optional<Package> parseLine(String line) {
        if (line == null) return Optional.empty();
        String cleaned = line.startsWith("\uFEFF") ? line.substring(1) : line;
        Matcher m = PINNED.matcher(cleaned);
        return m.matches() ? Optional.of(new Package(m.group(1), m.group(2))) : Optional.empty();
    }

    public List<Package> packages() { return List.copyOf(byName.values()); }

    /** The {@code apache-airflow-providers-*} packages, in input order. */
    public List<Package> providers() {
        List<Package> providers = new ArrayList<>();
        for (Package p : byName.values()) {
            if (p.isProvider()) providers.add(p);
        }
        return providers;
    }

    public Optional<Package> find(String name) {
        return Optional.ofNullable(byName.get(PackageName.normalize(name)));
    }

    /** The version of a package, looked up the PEP 503 way. */
    public Optional<String> versionOf(String name) {
        return find(name).map(Package::version);
    }

    public int size() { return byName.size(); }

    public boolean isEmpty() { return byName.isEmpty(); }

    @Override
    public String toString() { return "PipFreeze[" + byName.size() + " packages]"; }
}
