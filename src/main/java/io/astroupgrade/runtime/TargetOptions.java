package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;

import java.util.List;
import java.util.Optional;

/**
 * What the target chooser shows for one current version.
 *
 * @param candidates   every higher version, lowest first; filter with {@link #listed(boolean)}
 * @param recommended  the default choice: the latest stable version in the current major (line)
 * @param latestOverall the latest stable version of all, one click away
 * @param warnings     shown above the list (for example the Runtime 13.7.0 gate for Airflow 3)
 */
public record TargetOptions(RuntimeVersion current, List<TargetCandidate> candidates, Optional<TargetCandidate> recommended,
                            Optional<TargetCandidate> latestOverall, List<String> warnings) {

    public TargetOptions {
        candidates = List.copyOf(candidates);
        warnings = List.copyOf(warnings);
    }

    /** The rows to show: by default only versions a user should pick; with {@code all}, every higher version, marked. */
    public List<TargetCandidate> listed(boolean all) {
        return candidates.stream().filter(c -> all || c.availability().listedByDefault()).toList();
    }

    public Optional<TargetCandidate> find(RuntimeVersion version) {
        return candidates.stream().filter(c -> c.version().equals(version)).findFirst();
    }
}
