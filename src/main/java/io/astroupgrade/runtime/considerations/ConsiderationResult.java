package io.astroupgrade.runtime.considerations;

import java.util.List;

/**
 * One consideration evaluated against the upgrade and the project.
 *
 * @param findings where the project triggers it (empty unless APPLIES)
 * @param caveats  what could not be checked, or under which circumstances it holds ("in-place upgrades on Astro")
 */
public record ConsiderationResult(Consideration item, Applicability applicability, List<Finding> findings, List<String> caveats) {

    public ConsiderationResult {
        findings = List.copyOf(findings);
        caveats = List.copyOf(caveats);
    }

    /** Breaking items that may apply must be acknowledged before the user goes on. */
    public boolean needsAcknowledgement() {
        return item.severity() == Severity.BREAKING && applicability != Applicability.NOT_DETECTED;
    }
}
