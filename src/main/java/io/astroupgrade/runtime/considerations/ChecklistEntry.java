package io.astroupgrade.runtime.considerations;

import java.util.List;

/**
 * One line of the Airflow 2 to 3 checklist.
 *
 * @param attention true when the project needs work here (findings say where)
 */
public record ChecklistEntry(String title, String detail, boolean attention, List<Finding> findings) {

    public ChecklistEntry {
        findings = List.copyOf(findings);
    }
}
