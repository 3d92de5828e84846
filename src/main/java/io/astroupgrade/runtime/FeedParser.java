package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the updates.astronomer.io feed shape ({@code runtimeVersions}, {@code runtimeVersionsV3}),
 * tolerantly: unknown keys are ignored, missing fields stay unknown, {@code airflowDatabase} may be a
 * boolean or a string, and keys that are not full versions are skipped with a note.
 */
public final class FeedParser {

    static final String[] SECTIONS = {"runtimeVersions", "runtimeVersionsV3"};
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The entries read, plus notes on what was skipped. */
    public record Result(List<RuntimeEntry> entries, List<String> notes) {}

    private FeedParser() {}

    public static Result parse(String json, CatalogSource source) throws FeedFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new FeedFormatException("the version list is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        return parse(root, source);
    }

    public static Result parse(JsonNode root, CatalogSource source) throws FeedFormatException {
        if (root == null || !root.isObject() || (!root.path(SECTIONS[0]).isObject() && !root.path(SECTIONS[1]).isObject())) {
            throw new FeedFormatException("the document holds neither runtimeVersions nor runtimeVersionsV3");
        }
        List<RuntimeEntry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String section : SECTIONS) {
            JsonNode versions = root.path(section);
            if (!versions.isObject()) continue;
            for (Iterator<Map.Entry<String, JsonNode>> it = versions.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                RuntimeVersion version = RuntimeVersion.tryParse(field.getKey()).orElse(null);
                if (version == null) {
                    notes.add("skipped '" + printable(field.getKey()) + "' in " + section + ": not a full runtime version");
                } else if (!field.getValue().isObject()) {
                    notes.add("skipped " + version + " in " + section + ": its entry is not an object");
                } else {
                    entries.add(entry(version, field.getValue(), source));
                }
            }
        }
        return new Result(List.copyOf(entries), List.copyOf(notes));
    }

    private static RuntimeEntry entry(RuntimeVersion version, JsonNode node, CatalogSource source) {
        JsonNode meta = node.path("metadata");
        return new RuntimeEntry(
                version,
                text(meta, "airflowVersion"),
                Channel.parse(text(meta, "channel")),
                date(meta, "releaseDate"),
                strings(meta.path("pythonVersions")),
                text(meta, "defaultPythonVersion"),
                Boolean.TRUE.equals(flag(meta.path("yanked"))),
                text(meta, "yankedReason"),
                date(meta, "endOfMaintenance"),
                date(meta, "endOfBasicSupport"),
                flag(node.path("migrations").path("airflowDatabase")),
                source);
    }

    /** A scalar as text; null when missing, null, blank or not a scalar. */
    private static String text(JsonNode parent, String name) {
        JsonNode value = parent.path(name);
        if (!value.isValueNode() || value.isNull()) return null;
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** true/false from a boolean, "true"/"false" (any case) or 1/0; null when unknown. */
    static Boolean flag(JsonNode value) {
        if (value.isBoolean()) return value.booleanValue();
        if (value.isIntegralNumber()) return value.asLong() != 0;
        if (value.isTextual()) {
            return switch (value.asText().strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> Boolean.TRUE;
                case "false", "no", "0" -> Boolean.FALSE;
                default -> null;
            };
        }
        return null;
    }

    /** An ISO date, also when followed by a time ("2024-01-10T00:00:00Z"); null otherwise. */
    private static LocalDate date(JsonNode parent, String name) {
        String text = text(parent, name);
        if (text == null || text.length() < 10) return null;
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An array of scalars, or one comma-separated string. */
    private static List<String> strings(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> { if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) out.add(v.asText().strip()); });
        } else if (value.isTextual()) {
            for (String part : value.asText().split(",")) if (!part.isBlank()) out.add(part.strip());
        }
        return out;
    }

    private static String printable(String text) {
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}
