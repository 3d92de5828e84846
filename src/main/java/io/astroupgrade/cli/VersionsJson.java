package io.astroupgrade.cli;

import io.astroupgrade.runtime.CatalogStatus;
import io.astroupgrade.runtime.RuntimeCatalog;
import io.astroupgrade.runtime.RuntimeEntry;
import io.astroupgrade.runtime.TargetCandidate;
import io.astroupgrade.runtime.TargetCheck;
import io.astroupgrade.runtime.TargetOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of {@code versions --json}: plain maps, so that no date module is needed. */
final class VersionsJson {

    private VersionsJson() {}

    static Map<String, Object> of(RuntimeCatalog catalog, TargetOptions options, boolean all, TargetCheck check) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("catalog", status(catalog.status(), catalog.notes()));
        root.put("current", text(options.current()));
        root.put("recommended", options.recommended().map(c -> c.version().toString()).orElse(null));
        root.put("latestOverall", options.latestOverall().map(c -> c.version().toString()).orElse(null));
        root.put("warnings", options.warnings());
        root.put("versions", options.listed(all).stream().map(VersionsJson::candidate).toList());
        if (check != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("target", text(check.target()));
            c.put("verdict", check.verdict().name().toLowerCase());
            c.put("messages", check.messages());
            root.put("check", c);
        }
        return root;
    }

    private static Map<String, Object> status(CatalogStatus status, List<String> notes) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", status.text());
        map.put("origin", status.origin().label());
        map.put("asOf", status.asOf().toString());
        map.put("offline", status.offline());
        map.put("problem", status.problem());
        map.put("notes", notes);
        return map;
    }

    private static Map<String, Object> candidate(TargetCandidate c) {
        RuntimeEntry e = c.entry();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("version", e.version().toString());
        map.put("airflowVersion", e.airflowVersion());
        map.put("channel", e.channel().label());
        map.put("releaseDate", text(e.releaseDate()));
        map.put("pythonVersions", e.pythonVersions());
        map.put("defaultPythonVersion", e.defaultPythonVersion());
        map.put("yanked", e.yanked());
        map.put("yankedReason", e.yankedReason());
        map.put("endOfMaintenance", text(e.endOfMaintenance()));
        map.put("endOfBasicSupport", text(e.endOfBasicSupport()));
        map.put("airflowDatabaseMigration", e.airflowDatabaseMigration());
        map.put("supportStatus", e.supportStatus(java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        map.put("source", e.source().label());
        map.put("availability", c.availability().name().toLowerCase());
        map.put("selectable", c.selectable());
        map.put("notes", c.notes());
        return map;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
