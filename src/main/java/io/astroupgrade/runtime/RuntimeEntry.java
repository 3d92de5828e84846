package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One runtime version as a catalog describes it. Missing facts are {@code null} (unknown), never guessed.
 *
 * @param airflowVersion         for example "2.10.5", or only "2.10" when just the minor is known
 * @param airflowDatabaseMigration whether the upgrade to it migrates the metadata DB; null when unknown
 */
public record RuntimeEntry(
        RuntimeVersion version,
        String airflowVersion,
        Channel channel,
        LocalDate releaseDate,
        List<String> pythonVersions,
        String defaultPythonVersion,
        boolean yanked,
        String yankedReason,
        LocalDate endOfMaintenance,
        LocalDate endOfBasicSupport,
        Boolean airflowDatabaseMigration,
        CatalogSource source) {

    public RuntimeEntry {
        Objects.requireNonNull(version, "version");
        channel = channel == null ? Channel.UNKNOWN : channel;
        pythonVersions = pythonVersions == null ? List.of() : List.copyOf(pythonVersions);
        Objects.requireNonNull(source, "source");
    }

    /** False for observed versions: they exist, but nothing else about them is confirmed. */
    public boolean detailsKnown() { return source != CatalogSource.OBSERVED; }

    public boolean isStable() { return channel == Channel.STABLE; }

    /** "2.10" from "2.10.5" or "2.10"; null when unknown or malformed. */
    public String airflowMinor() {
        if (airflowVersion == null) return null;
        String[] parts = airflowVersion.split("[.+]");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : null;
    }

    /**
     * The support status on a given day, for the target chooser: "yanked", "maintained until 2026-10-31",
     * "basic support until 2027-04-30", "unsupported since 2027-04-30", "maintenance ended 2024-06-30"
     * (basic support unknown), "deprecated" or "unknown".
     */
    public String supportStatus(LocalDate today) {
        if (yanked) return "yanked";
        if (endOfMaintenance != null && !today.isAfter(endOfMaintenance)) return "maintained until " + endOfMaintenance;
        if (endOfBasicSupport != null && !today.isAfter(endOfBasicSupport)) return "basic support until " + endOfBasicSupport;
        if (endOfBasicSupport != null) return "unsupported since " + endOfBasicSupport;
        if (endOfMaintenance != null) return "maintenance ended " + endOfMaintenance;
        return channel == Channel.DEPRECATED ? "deprecated" : "unknown";
    }

    /** Text for the yanked reason, never empty. */
    public String yankedReasonText() {
        return yankedReason == null || yankedReason.isBlank() ? "Astronomer has not published the reason" : yankedReason.strip();
    }
}
