package io.astroupgrade.runtime.considerations;

import io.astroupgrade.version.RuntimeVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The upgrade considerations bundled as {@code considerations.yaml}, validated on load: an unknown
 * condition or check, a bad regex, version or source id fails loudly, so a typo never hides an item.
 */
public record ConsiderationCatalog(List<Group> groups, List<Consideration> items) {

    /** A version group, in display order. */
    public record Group(String id, String title) {}

    public static final String RESOURCE = "/io/astroupgrade/runtime/considerations.yaml";

    static final Set<String> CONDITIONS = Set.of("crosses", "target_in", "target_major", "target_lower_than_current",
            "target_channel", "major_changes", "any_upgrade", "current_below", "target_below", "target_major_airflow",
            "current_major_airflow", "in_place", "local");
    static final Set<String> VERSION_CONDITIONS = Set.of("crosses", "current_below", "target_below");
    static final Set<String> REGEX_CHECKS = Set.of("code_regex", "dockerfile_regex", "base_image_regex", "env_file_regex", "requirements_regex");
    /** Checks the engine evaluates from the project files and the version range. */
    static final Set<String> CHECKS = Set.of("requirements_has", "requirements_lacks", "requirements_regex", "code_regex",
            "dockerfile_regex", "base_image_regex", "env_lacks", "env_file_regex", "file_exists", "image_python_below", "image_python_default",
            "target_is_latest_patch_of_minor");
    /** Checks the files cannot answer (host, CLI version, database): the item is shown as general. */
    static final Set<String> UNCHECKABLE = Set.of("host_arch", "astro_cli_below", "self_managed_postgres_major_below");

    public static ConsiderationCatalog load() {
        try (InputStream in = ConsiderationCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException("missing resource " + RESOURCE);
            LoaderOptions options = new LoaderOptions();
            return parse(new Yaml(new SafeConstructor(options)).load(in));
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled considerations cannot be read", e);
        }
    }

    static ConsiderationCatalog parse(Object root) {
        Map<String, Object> doc = map(root, "the document");
        Map<String, SourceLink> sources = new LinkedHashMap<>();
        map(doc.get("sources"), "sources").forEach((id, value) -> {
            Map<String, Object> source = map(value, "source " + id);
            sources.put(id, new SourceLink(id, string(source.get("title"), id + ".title"), string(source.get("url"), id + ".url")));
        });
        List<Group> groups = new ArrayList<>();
        for (Object g : list(doc.get("groups"), "groups")) {
            Map<String, Object> group = map(g, "group");
            groups.add(new Group(string(group.get("id"), "group id"), string(group.get("title"), "group title")));
        }
        List<Consideration> items = new ArrayList<>();
        for (Object i : list(doc.get("items"), "items")) items.add(item(map(i, "item"), sources, groups));
        return new ConsiderationCatalog(List.copyOf(groups), List.copyOf(items));
    }

    public List<Consideration> inGroup(String groupId) {
        return items.stream().filter(c -> c.group().equals(groupId)).toList();
    }

    private static Consideration item(Map<String, Object> item, Map<String, SourceLink> sources, List<Group> groups) {
        String id = string(item.get("id"), "item id");
        String group = string(item.get("group"), id + ".group");
        if (groups.stream().noneMatch(g -> g.id().equals(group))) fail(id + ": unknown group " + group);
        Map<String, Object> when = map(item.get("when"), id + ".when");
        when.forEach((key, value) -> {
            if (!CONDITIONS.contains(key)) fail(id + ": unknown condition " + key);
            if (VERSION_CONDITIONS.contains(key)) RuntimeVersion.parse(String.valueOf(value));
        });
        List<SourceLink> links = new ArrayList<>();
        for (Object s : list(item.get("sources"), id + ".sources")) {
            SourceLink link = sources.get(String.valueOf(s));
            if (link == null) fail(id + ": unknown source " + s);
            links.add(link);
        }
        return new Consideration(id, group, string(item.get("title"), id + ".title"),
                string(item.get("explanation"), id + ".explanation").strip(),
                Severity.parse(string(item.get("severity"), id + ".severity")), Map.copyOf(when),
                trigger(item.get("checks"), id), string(item.get("kind"), id + ".kind"), List.copyOf(links));
    }

    /** A list is AND, {any: [...]} is OR, a map of several checks is AND, "none" is no check. */
    private static Trigger trigger(Object node, String id) {
        if ("none".equals(node)) return new Trigger.NoCheck();
        if (node instanceof List<?> parts) {
            List<Trigger> all = new ArrayList<>();
            for (Object part : parts) all.add(trigger(part, id));
            return all.size() == 1 ? all.get(0) : new Trigger.All(List.copyOf(all), false);
        }
        Map<String, Object> checks = map(node, id + ".checks");
        if (checks.containsKey("any")) {
            List<Trigger> any = new ArrayList<>();
            for (Object part : list(checks.get("any"), id + ".any")) any.add(trigger(part, id));
            return new Trigger.AnyOf(List.copyOf(any));
        }
        String note = checks.get("note") == null ? null : checks.get("note").toString();
        List<Trigger> all = new ArrayList<>();
        checks.forEach((kind, argument) -> {
            if (kind.equals("note")) return;
            if (!CHECKS.contains(kind) && !UNCHECKABLE.contains(kind)) fail(id + ": unknown check " + kind);
            if (REGEX_CHECKS.contains(kind)) Pattern.compile(String.valueOf(argument));
            all.add(new Trigger.Check(kind, argument, note));
        });
        if (all.isEmpty()) fail(id + ": empty check");
        return all.size() == 1 ? all.get(0) : new Trigger.All(List.copyOf(all), true);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String what) {
        if (!(node instanceof Map<?, ?>)) fail(what + " must be a map");
        return (Map<String, Object>) node;
    }

    private static List<?> list(Object node, String what) {
        if (!(node instanceof List<?> list)) throw new IllegalStateException("considerations.yaml: " + what + " must be a list");
        return list;
    }

    private static String string(Object node, String what) {
        if (node == null || node.toString().isBlank()) fail(what + " is missing");
        return node.toString();
    }

    private static void fail(String message) {
        throw new IllegalStateException("considerations.yaml: " + message);
    }
}
