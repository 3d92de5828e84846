package io.astroupgrade.runtime.considerations;

import java.util.List;
import java.util.Optional;

/**
 * Everything step 1 shows for one upgrade.
 *
 * @param results           every consideration whose versions match, those that apply to the project first
 *                          (then by severity, then by version)
 * @param groups            the same results grouped by version, in version order; inside a group, applying first
 * @param airflow3Checklist the Airflow 2 to 3 checklist, for such upgrades only
 * @param deprecatedNotice  what "deprecated" means on Astro, when the current or target version is deprecated
 * @param notes             what the project reader skipped
 */
public record ConsiderationReport(UpgradeRange range, List<ConsiderationResult> results, List<Section> groups,
                                  List<ChecklistEntry> airflow3Checklist, Optional<String> deprecatedNotice, List<String> notes) {

    /** The considerations of one version group. */
    public record Section(ConsiderationCatalog.Group group, List<ConsiderationResult> results) {}

    public List<ConsiderationResult> applying() {
        return results.stream().filter(r -> r.applicability() == Applicability.APPLIES).toList();
    }

    /** Whether the user must tick an acknowledgement before Next is enabled. */
    public boolean needsAcknowledgement() {
        return results.stream().anyMatch(ConsiderationResult::needsAcknowledgement);
    }

    public Optional<ConsiderationResult> find(String id) {
        return results.stream().filter(r -> r.item().id().equals(id)).findFirst();
    }
}
