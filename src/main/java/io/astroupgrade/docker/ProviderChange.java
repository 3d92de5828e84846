package io.astroupgrade.docker;

import io.astroupgrade.version.PythonVersion;

import io.astroupgrade.project.PackageName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * How one package changes between two images. Unlike the astro CLI's dependency_compare.txt, a downgrade
 * is a downgrade, and a spelling change of the same version ({@code 1.0} to {@code 1.0.0}) is no change.
 *
 * @param name        the name as the target image spells it (the current image's for a removed package)
 * @param fromVersion the version in the current image, or null when the package is added
 * @param toVersion   the version in the target image, or null when the package is removed
 */
public record ProviderChange(String name, String fromVersion, String toVersion, Kind kind) {

    public enum Kind {
        MAJOR_UPGRADE, MINOR_UPGRADE, PATCH_UPGRADE, DOWNGRADE, ADDED, REMOVED, UNCHANGED,
        /** The version changed but at least one side is not a PEP 440 version, so the direction is unknown. */
        UNKNOWN
    }

    /** Major upgrades, downgrades and removed packages need the user's attention before the upgrade. */
    public boolean isRisky() {
        return kind == Kind.MAJOR_UPGRADE || kind == Kind.DOWNGRADE || kind == Kind.REMOVED;
    }

    /** Every provider package of either image, sorted by normalised name. */
    public static List<ProviderChange> providers(PipFreeze from, PipFreeze to) {
        return compare(from, to, PipFreeze.Package::isProvider);
    }

    /** Every package of either image, sorted by normalised name. */
    public static List<ProviderChange> packages(PipFreeze from, PipFreeze to) {
        return compare(from, to, p -> true);
    }

    private static List<ProviderChange> compare(PipFreeze from, PipFreeze to, Predicate<PipFreeze.Package> which) {
        TreeSet<String> names = new TreeSet<>();
        for (PipFreeze freeze : List.of(from, to)) {
            freeze.packages().stream().filter(which).forEach(p -> names.add(p.normalizedName()));
        }
        List<ProviderChange> changes = new ArrayList<>();
        for (String name : names) {
            Optional<PipFreeze.Package> old = from.find(name);
            Optional<PipFreeze.Package> now = to.find(name);
            String shown = now.or(() -> old).map(PipFreeze.Package::name).orElse(name);
            String fromVersion = old.map(PipFreeze.Package::version).orElse(null);
            String toVersion = now.map(PipFreeze.Package::version).orElse(null);
            changes.add(new ProviderChange(shown, fromVersion, toVersion, classify(fromVersion, toVersion)));
        }
        return changes;
    }

    /** Classifies one change; either version may be null (absent). */
    public static Kind classify(String fromVersion, String toVersion) {
        if (fromVersion == null && toVersion == null) return Kind.UNCHANGED;
        if (fromVersion == null) return Kind.ADDED;
        if (toVersion == null) return Kind.REMOVED;
        Optional<PythonVersion> from = PythonVersion.tryParse(fromVersion);
        Optional<PythonVersion> to = PythonVersion.tryParse(toVersion);
        if (from.isEmpty() || to.isEmpty()) {
            return fromVersion.strip().equalsIgnoreCase(toVersion.strip()) ? Kind.UNCHANGED : Kind.UNKNOWN;
        }
        return classify(from.get(), to.get());
    }

    /** Major: epoch or first release number rises; minor: the second; patch: anything after it. */
    public static Kind classify(PythonVersion from, PythonVersion to) {
        int c = to.compareTo(from);
        if (c == 0) return Kind.UNCHANGED;
        if (c < 0) return Kind.DOWNGRADE;
        if (!to.epoch().equals(from.epoch()) || !to.releasePart(0).equals(from.releasePart(0))) return Kind.MAJOR_UPGRADE;
        if (!to.releasePart(1).equals(from.releasePart(1))) return Kind.MINOR_UPGRADE;
        return Kind.PATCH_UPGRADE;
    }

    /** Same name the PEP 503 way. */
    public boolean isFor(String packageName) {
        return PackageName.same(name, packageName);
    }
}
