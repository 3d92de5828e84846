package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The merged list of runtime versions: feed entries first, then snapshot entries the feed lacks, then
 * observed versions nobody describes. Immutable; safe to share between threads.
 */
public final class RuntimeCatalog {

    private final Map<RuntimeVersion, RuntimeEntry> byVersion;
    private final CatalogStatus status;
    private final List<String> notes;

    private RuntimeCatalog(Map<RuntimeVersion, RuntimeEntry> byVersion, CatalogStatus status, List<String> notes) {
        this.byVersion = byVersion;
        this.status = status;
        this.notes = notes;
    }

    /** Merges the sources; for a version listed by several, the first (most authoritative) source wins. */
    public static RuntimeCatalog merge(CatalogStatus status, List<String> notes, List<Collection<RuntimeEntry>> sourcesByAuthority) {
        Map<RuntimeVersion, RuntimeEntry> merged = new TreeMap<>();
        for (Collection<RuntimeEntry> source : sourcesByAuthority) {
            for (RuntimeEntry entry : source) merged.putIfAbsent(entry.version(), entry);
        }
        return new RuntimeCatalog(java.util.Collections.unmodifiableMap(merged), status, List.copyOf(notes));
    }

    /** Every version, lowest first, in the CLI's order. */
    public List<RuntimeEntry> entries() { return List.copyOf(byVersion.values()); }

    public Optional<RuntimeEntry> find(RuntimeVersion version) { return Optional.ofNullable(byVersion.get(version)); }

    /** Whether any source knows this version: the check the Dockerfile editor uses. */
    public boolean exists(RuntimeVersion version) { return version != null && byVersion.containsKey(version); }

    /**
     * False only when the version is known not to exist: the catalog comes from the live feed (which lists
     * every version) and nobody lists it. Offline, an unlisted version may still exist. Fits the Dockerfile
     * editor's availability hook: {@code catalog::mayExist}.
     */
    public boolean mayExist(RuntimeVersion version) {
        return exists(version) || status.origin() != CatalogSource.FEED || status.offline();
    }

    public CatalogStatus status() { return status; }

    /** What was skipped while reading, and why the feed was not used. */
    public List<String> notes() { return notes; }

    /**
     * The highest version in the same line (3.1 for 3.1-12, 12.1 for 12.1.0) that is neither yanked nor a
     * pre-release, counting every source: a version seen in use is proof that a newer patch exists.
     */
    public Optional<RuntimeVersion> latestPatchOf(RuntimeVersion version) {
        RuntimeVersion best = null;
        for (RuntimeEntry e : byVersion.values()) {
            RuntimeVersion v = e.version();
            if (!e.yanked() && !e.channel().isPrerelease() && v.scheme() == version.scheme() && v.minorLine().equals(version.minorLine())) best = v;
        }
        return Optional.ofNullable(best);
    }

    /** The highest version, neither yanked nor a pre-release, whose Airflow minor is the given one ("2.7"). */
    public Optional<RuntimeVersion> latestWithAirflowMinor(String airflowMinor) {
        List<RuntimeVersion> matches = new ArrayList<>();
        for (RuntimeEntry e : byVersion.values()) {
            if (!e.yanked() && !e.channel().isPrerelease() && airflowMinor != null && airflowMinor.equals(e.airflowMinor())) matches.add(e.version());
        }
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(matches.size() - 1));
    }
}
