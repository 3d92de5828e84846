package io.astroupgrade.runtime.considerations;

import io.astroupgrade.runtime.TargetPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dedicated Airflow 2 to 3 checklist, built from the evaluated considerations. */
final class Airflow3Checklist {

    private Airflow3Checklist() {}

    static List<ChecklistEntry> build(UpgradeRange range, List<ConsiderationResult> results) {
        List<ChecklistEntry> entries = new ArrayList<>();
        TargetPolicy.airflow3Gate(range.current()).ifPresent(gate ->
                entries.add(new ChecklistEntry("Runtime 13.7.0 or later first", gate, true, List.of())));
        entries.add(entry(results, "af3-registry", "Registry change",
                "Airflow 3 images come from astrocrpublic.azurecr.io/runtime:<A.B-N>; the wizard rewrites the FROM line.",
                "The Dockerfile already uses the Airflow 3 registry."));
        entries.add(entry(results, "af3-removed-default-providers", "Providers no longer bundled",
                "Add every provider your code uses to requirements.txt; Runtime 3 images ship only a few.",
                "No import of a provider that Runtime 3 stops bundling was found without a requirements.txt entry."));
        entries.add(entry(results, "af3-code-breaking", "Removed features found in the DAGs",
                "SubDAGs, SLAs, execution_date-style context keys, schedule_interval and direct DB access are gone.",
                "None of the known removed features was found in dags/, plugins/ or include/."));
        if (!range.targetIsLatestPatch()) {
            entries.add(entry(results, "af3-latest-patch-only", "Latest patch of the 3.x minor", "", ""));
        }
        entries.add(new ChecklistEntry("Run the upgrade-test lint",
                "Step 3 runs 'astro dev upgrade-test --runtime-version " + range.target() + "', whose ruff lint (AIR30 rules)"
                        + " finds the Airflow 3 incompatibilities this scan cannot.", false, List.of()));
        return List.copyOf(entries);
    }

    private static ChecklistEntry entry(List<ConsiderationResult> results, String id, String title, String todo, String clear) {
        Optional<ConsiderationResult> result = results.stream().filter(r -> r.item().id().equals(id)).findFirst();
        boolean applies = result.map(r -> r.applicability() == Applicability.APPLIES).orElse(false);
        String detail = applies ? todo.isEmpty() ? result.get().item().explanation() : todo : clear;
        return new ChecklistEntry(title, detail, applies, result.filter(r -> applies).map(ConsiderationResult::findings).orElse(List.of()));
    }
}
