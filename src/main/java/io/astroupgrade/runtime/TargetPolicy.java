package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.version.InvalidVersionException;

import io.astroupgrade.runtime.TargetCandidate.Availability;
import io.astroupgrade.runtime.TargetCheck.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which runtime versions a project may be upgraded to, following Astronomer's rules: only higher
 * versions; stable ones by default; deprecated ones on request, with the advice to take the latest
 * patch; yanked ones never; for Airflow 3, only the latest build of each 3.x minor.
 * Plain, fast, no I/O: safe on any thread.
 */
public final class TargetPolicy {

    /** On Astro an in-place upgrade to Airflow 3 needs the Deployment on this runtime or later. */
    public static final RuntimeVersion AIRFLOW3_IN_PLACE_MINIMUM = RuntimeVersion.parse("13.7.0");
    /** The astro CLI refuses an Airflow 2 to 3 deploy from below this runtime. */
    public static final RuntimeVersion AIRFLOW3_CLI_DEPLOY_MINIMUM = RuntimeVersion.parse("12.0.0");
    static final String DEPRECATED_ADVICE = "Astronomer advises the latest patch of the Airflow version you want";

    private final RuntimeCatalog catalog;

    public TargetPolicy(RuntimeCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Every version above {@code current}, classified, with the recommended default (the latest stable
     * version of the current line, preferring versions whose details are known) and the latest overall.
     * With {@code current} null (unknown), every version is a candidate and the latest overall is recommended.
     */
    public TargetOptions options(RuntimeVersion current) {
        List<TargetCandidate> candidates = new ArrayList<>();
        for (RuntimeEntry entry : catalog.entries()) {
            if (current == null || entry.version().isAbove(current)) candidates.add(classify(current, entry));
        }
        Predicate<TargetCandidate> recommendable = c -> c.availability() == Availability.AVAILABLE
                && c.entry().isStable() && c.entry().detailsKnown();
        Optional<TargetCandidate> latestOverall = highest(candidates, recommendable);
        Optional<TargetCandidate> recommended = current == null ? latestOverall
                : highest(candidates, recommendable.and(c -> sameLine(current, c.version())))
                        // Then a version only seen in use, but in the same line, before leaving the line.
                        .or(() -> highest(candidates, c -> c.availability() == Availability.AVAILABLE && sameLine(current, c.version())))
                        .or(() -> highest(candidates, recommendable.and(c -> c.version().airflowMajor() == current.airflowMajor())))
                        .or(() -> latestOverall);
        List<String> warnings = new ArrayList<>();
        if (current != null && candidates.stream().anyMatch(c -> c.version().isAirflow3())) airflow3Gate(current).ifPresent(warnings::add);
        return new TargetOptions(current, candidates, recommended, latestOverall, warnings);
    }

    /**
     * The check for a version named by hand (target chooser, {@code plan --to}, {@code versions --target}):
     * malformed, partial, lower, equal and yanked versions are refused with the reason; deprecated ones
     * are accepted with a warning; versions in no catalog need an explicit confirmation. With {@code current}
     * null (the Dockerfile does not say), only the target itself is judged.
     */
    public TargetCheck check(RuntimeVersion current, String targetText) {
        RuntimeVersion target;
        try {
            target = RuntimeVersion.parse(targetText == null ? null : targetText.strip());
        } catch (InvalidVersionException e) {
            return new TargetCheck(Verdict.REFUSED, null, List.of(e.getMessage()));
        }
        if (current != null && target.equals(current)) {
            return new TargetCheck(Verdict.REFUSED, target, List.of("The project is already on " + target + "."));
        }
        if (current != null && target.isBelow(current)) {
            return new TargetCheck(Verdict.REFUSED, target, List.of(target + " is lower than the current " + current
                    + ". Astro refuses downgrades; the only way back is a rollback in the Deployment's deploy history."));
        }
        Optional<RuntimeEntry> entry = catalog.find(target);
        if (entry.isEmpty()) {
            List<String> messages = new ArrayList<>();
            messages.add(target + " is not in any catalog (" + catalog.status().text() + "). Continue only if you are sure"
                    + " the image exists; the build will fail otherwise.");
            if (target.isAirflow3() && current != null) airflow3Gate(current).ifPresent(messages::add);
            return new TargetCheck(Verdict.NEEDS_CONFIRMATION, target, messages);
        }
        TargetCandidate candidate = classify(current, entry.get());
        if (candidate.availability() == Availability.YANKED) {
            return new TargetCheck(Verdict.REFUSED, target, candidate.notes());
        }
        return new TargetCheck(Verdict.ACCEPTED, target, candidate.notes());
    }

    /** The same check for a parsed version. */
    public TargetCheck check(RuntimeVersion current, RuntimeVersion target) {
        return check(current, target.toString());
    }

    private TargetCandidate classify(RuntimeVersion current, RuntimeEntry entry) {
        RuntimeVersion v = entry.version();
        List<String> notes = new ArrayList<>();
        if (entry.yanked()) {
            String reason = entry.yankedReasonText().replaceAll("\\.+$", "");
            notes.add(v + " is yanked and cannot be used: " + reason + "." + latestPatchHint(entry));
            return new TargetCandidate(entry, Availability.YANKED, notes);
        }
        if (!entry.detailsKnown()) notes.add("Exists (seen in real projects); details unknown.");
        Availability availability = Availability.AVAILABLE;
        Optional<RuntimeVersion> latestPatch = catalog.latestPatchOf(v);
        if (v.isAirflow3() && latestPatch.isPresent() && latestPatch.get().isAbove(v)) {
            notes.add("Not the latest patch of Airflow " + v.minorLine() + ": on Astro only " + latestPatch.get()
                    + " is an upgrade target (or a patch another Deployment in your organization already runs).");
            availability = Availability.NOT_LATEST_PATCH;
        } else if (entry.channel() == Channel.DEPRECATED) {
            notes.add(deprecatedNote(entry));
            availability = Availability.DEPRECATED;
        } else if (entry.channel().isPrerelease()) {
            notes.add("A " + entry.channel().label() + " release, not meant for production.");
            availability = Availability.PRERELEASE;
        } else if (entry.channel() == Channel.UNKNOWN && entry.detailsKnown()) {
            notes.add("Release channel unknown.");
        }
        if (v.isAirflow3() && current != null) airflow3Gate(current).ifPresent(notes::add);
        return new TargetCandidate(entry, availability, notes);
    }

    /** Deprecated: what it means, and which patch Astronomer would pick instead. */
    private String deprecatedNote(RuntimeEntry entry) {
        String eom = entry.endOfMaintenance() == null ? "" : " (maintenance ended " + entry.endOfMaintenance() + ")";
        String minor = entry.airflowMinor();
        String advice = catalog.latestWithAirflowMinor(minor)
                .map(best -> best.equals(entry.version())
                        ? "; " + entry.version() + " is that latest patch for Airflow " + minor
                        : ": for Airflow " + minor + " that is " + best)
                .orElse("");
        return entry.version() + " is deprecated" + eom + ". " + DEPRECATED_ADVICE + advice + ".";
    }

    private String latestPatchHint(RuntimeEntry entry) {
        return catalog.latestWithAirflowMinor(entry.airflowMinor()).filter(best -> best.isAbove(entry.version()))
                .map(best -> " Take " + best + " instead.").orElse("");
    }

    /** The Airflow 2 to 3 warnings for a current version below the gates, if any. */
    public static Optional<String> airflow3Gate(RuntimeVersion current) {
        if (current.isAirflow3() || !current.isBelow(AIRFLOW3_IN_PLACE_MINIMUM)) return Optional.empty();
        String text = "On Astro, an in-place upgrade to Airflow 3 needs the Deployment on Runtime " + AIRFLOW3_IN_PLACE_MINIMUM
                + " or later, and " + current + " is lower: upgrade to the latest 13.x first, or move to a new Deployment.";
        if (current.isBelow(AIRFLOW3_CLI_DEPLOY_MINIMUM)) {
            text += " The astro CLI also refuses an Airflow 2 to 3 deploy from below " + AIRFLOW3_CLI_DEPLOY_MINIMUM + ".";
        }
        return Optional.of(text);
    }

    /** The current runtime's line: the same runtime major for X.Y.Z, Airflow 3 for A.B-N. */
    private static boolean sameLine(RuntimeVersion current, RuntimeVersion candidate) {
        if (current.scheme() != candidate.scheme()) return false;
        return current.isAirflow3() || current.major() == candidate.major();
    }

    private static Optional<TargetCandidate> highest(List<TargetCandidate> candidates, Predicate<TargetCandidate> filter) {
        return candidates.stream().filter(filter).max(Comparator.comparing(TargetCandidate::version));
    }
}
