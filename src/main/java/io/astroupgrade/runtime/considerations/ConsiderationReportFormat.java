package io.astroupgrade.runtime.considerations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ConsiderationReport} as plain text or as JSON-ready maps, for {@code plan} and other commands.
 * The text puts what applies to the project first, with its reasons.
 */
public final class ConsiderationReportFormat {

    private ConsiderationReportFormat() {}

    public static String text(ConsiderationReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Upgrade considerations for ").append(report.range().current()).append(" -> ").append(report.range().target()).append('\n');
        report.deprecatedNotice().ifPresent(n -> out.append(n).append('\n'));
        section(out, "Applies to this project:", report, Applicability.APPLIES, true);
        section(out, "Read before upgrading:", report, Applicability.GENERAL, true);
        section(out, "Checked, not found in this project:", report, Applicability.NOT_DETECTED, false);
        if (!report.airflow3Checklist().isEmpty()) {
            out.append("\nAirflow 2 -> 3 checklist:\n");
            for (ChecklistEntry e : report.airflow3Checklist()) {
                out.append(e.attention() ? "  [!] " : "  [ ] ").append(e.title()).append(": ").append(e.detail()).append('\n');
                e.findings().forEach(f -> out.append("      - ").append(f.reason()).append('\n'));
            }
        }
        report.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, ConsiderationReport report, Applicability which, boolean details) {
        List<ConsiderationResult> results = report.results().stream().filter(r -> r.applicability() == which).toList();
        if (results.isEmpty()) return;
        out.append('\n').append(title).append('\n');
        for (ConsiderationResult r : results) {
            Consideration item = r.item();
            out.append("  ").append(item.severity().label().toUpperCase()).append(": ").append(item.title()).append(" [").append(item.id()).append("]\n");
            if (!details) continue;
            r.findings().forEach(f -> out.append("      - ").append(f.reason()).append('\n'));
            out.append("      ").append(item.explanation()).append('\n');
            r.caveats().forEach(c -> out.append("      (").append(c).append(")\n"));
            item.sources().forEach(s -> out.append("      source: ").append(s.url()).append('\n'));
        }
    }

    public static Map<String, Object> json(ConsiderationReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("current", report.range().current().toString());
        root.put("target", report.range().target().toString());
        root.put("deprecatedNotice", report.deprecatedNotice().orElse(null));
        root.put("needsAcknowledgement", report.needsAcknowledgement());
        root.put("considerations", report.results().stream().map(ConsiderationReportFormat::result).toList());
        root.put("airflow3Checklist", report.airflow3Checklist().stream().map(e -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("title", e.title());
            map.put("detail", e.detail());
            map.put("attention", e.attention());
            map.put("findings", e.findings().stream().map(ConsiderationReportFormat::finding).toList());
            return map;
        }).toList());
        root.put("notes", report.notes());
        return root;
    }

    private static Map<String, Object> result(ConsiderationResult r) {
        Consideration item = r.item();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", item.id());
        map.put("group", item.group());
        map.put("title", item.title());
        map.put("severity", item.severity().name().toLowerCase());
        map.put("applicability", r.applicability().name().toLowerCase());
        map.put("needsAcknowledgement", r.needsAcknowledgement());
        map.put("explanation", item.explanation());
        map.put("findings", r.findings().stream().map(ConsiderationReportFormat::finding).toList());
        map.put("caveats", r.caveats());
        map.put("kind", item.kind());
        map.put("sources", item.sources().stream().map(s -> Map.of("id", s.id(), "title", s.title(), "url", s.url())).toList());
        return map;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("file", f.file());
        map.put("line", f.line());
        map.put("reason", f.reason());
        return map;
    }
}
