package io.astroupgrade.runtime.considerations;

import io.astroupgrade.project.PackageName;
import io.astroupgrade.runtime.Channel;
import io.astroupgrade.runtime.RuntimeCatalog;
import io.astroupgrade.runtime.RuntimeEntry;
import io.astroupgrade.version.RuntimeVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evaluates the bundled considerations against an upgrade range and a project. Pure computation on
 * {@link ProjectFacts}; fast enough for the FX thread, but reading the facts is not.
 */
public final class ConsiderationEngine {

    static final int MAX_FINDINGS_PER_CHECK = 10;

    private final ConsiderationCatalog catalog;

    public ConsiderationEngine(ConsiderationCatalog catalog) {
        this.catalog = catalog;
    }

    /** The engine over the bundled considerations.yaml. */
    public static ConsiderationEngine bundled() {
        return new ConsiderationEngine(ConsiderationCatalog.load());
    }

    /** Reads the project folder and evaluates. Blocking file I/O (bounded): call it off the FX thread. */
    public ConsiderationReport evaluate(Path projectDir, RuntimeCatalog runtimes, RuntimeVersion current, RuntimeVersion target) {
        return evaluate(UpgradeRange.of(runtimes, current, target), ProjectFactsReader.read(projectDir));
    }

    public ConsiderationReport evaluate(UpgradeRange range, ProjectFacts facts) {
        List<ConsiderationResult> results = new ArrayList<>();
        for (Consideration item : catalog.items()) {
            if (versionsMatch(item.when(), range)) results.add(evaluate(item, range, facts));
        }
        List<String> groupOrder = catalog.groups().stream().map(ConsiderationCatalog.Group::id).toList();
        Comparator<ConsiderationResult> inGroup = Comparator
                .comparing((ConsiderationResult r) -> r.applicability())
                .thenComparing(r -> r.item().severity());
        List<ConsiderationResult> sorted = results.stream()
                .sorted(inGroup.thenComparing(r -> groupOrder.indexOf(r.item().group()))).toList();
        List<ConsiderationReport.Section> sections = new ArrayList<>();
        for (ConsiderationCatalog.Group group : catalog.groups()) {
            List<ConsiderationResult> members = results.stream().filter(r -> r.item().group().equals(group.id())).sorted(inGroup).toList();
            if (!members.isEmpty()) sections.add(new ConsiderationReport.Section(group, members));
        }
        List<ChecklistEntry> checklist = range.isAirflow2To3() ? Airflow3Checklist.build(range, sorted) : List.of();
        return new ConsiderationReport(range, sorted, sections, checklist, deprecatedNotice(range), facts.notes());
    }

    private ConsiderationResult evaluate(Consideration item, UpgradeRange range, ProjectFacts facts) {
        Outcome outcome = outcome(item.trigger(), range, facts);
        List<String> caveats = new ArrayList<>(outcome.caveats());
        if (Boolean.TRUE.equals(item.when().get("in_place"))) caveats.add("Applies to an in-place upgrade of a Deployment on Astro.");
        if (Boolean.TRUE.equals(item.when().get("local"))) caveats.add("Applies to local runs with the Astro CLI.");
        Applicability applicability = switch (outcome.state()) {
            case MATCH -> Applicability.APPLIES;
            case NO_MATCH -> Applicability.NOT_DETECTED;
            case UNKNOWN, NO_CHECK -> Applicability.GENERAL;
        };
        return new ConsiderationResult(item, applicability, outcome.findings(), caveats);
    }

    // ---- version conditions ----

    static boolean versionsMatch(Map<String, Object> when, UpgradeRange r) {
        for (Map.Entry<String, Object> condition : when.entrySet()) {
            if (!holds(condition.getKey(), condition.getValue(), r)) return false;
        }
        return true;
    }

    private static boolean holds(String key, Object value, UpgradeRange r) {
        RuntimeVersion current = r.current();
        RuntimeVersion target = r.target();
        return switch (key) {
            case "crosses" -> current.isBelow(version(value)) && !target.isBelow(version(value));
            case "target_in" -> value instanceof List<?> list && list.stream().anyMatch(v -> String.valueOf(v).equals(target.toString()));
            case "target_major" -> target.major() == number(value);
            case "target_lower_than_current" -> flag(value) == target.isBelow(current);
            case "target_channel" -> r.targetChannel() == Channel.parse(String.valueOf(value));
            case "major_changes" -> flag(value) == (current.scheme() != target.scheme() || current.major() != target.major());
            case "any_upgrade" -> flag(value) == target.isAbove(current);
            case "current_below" -> current.isBelow(version(value));
            case "target_below" -> target.isBelow(version(value));
            case "target_major_airflow" -> target.airflowMajor() == number(value);
            case "current_major_airflow" -> current.airflowMajor() == number(value);
            // The wizard cannot know how the upgrade will be deployed: shown, with a caveat.
            case "in_place", "local" -> true;
            default -> false;
        };
    }

    private static RuntimeVersion version(Object value) { return RuntimeVersion.parse(String.valueOf(value)); }

    private static int number(Object value) { return Integer.parseInt(String.valueOf(value)); }

    private static boolean flag(Object value) { return Boolean.parseBoolean(String.valueOf(value)); }

    // ---- project checks ----

    enum State { MATCH, NO_MATCH, UNKNOWN, NO_CHECK }

    record Outcome(State state, List<Finding> findings, List<String> caveats) {
        static final Outcome NO_MATCH = new Outcome(State.NO_MATCH, List.of(), List.of());

        static Outcome match(List<Finding> findings) { return new Outcome(State.MATCH, findings, List.of()); }
    }

    private static Outcome outcome(Trigger trigger, UpgradeRange range, ProjectFacts facts) {
        if (trigger instanceof Trigger.NoCheck) return new Outcome(State.NO_CHECK, List.of(), List.of());
        if (trigger instanceof Trigger.Check check) return Checks.evaluate(check, range, facts);
        boolean all = trigger instanceof Trigger.All;
        List<Trigger> parts = all ? ((Trigger.All) trigger).parts() : ((Trigger.AnyOf) trigger).parts();
        List<Outcome> outcomes = parts.stream().map(p -> outcome(p, range, facts)).toList();
        List<Finding> findings = new ArrayList<>();
        List<String> caveats = new ArrayList<>();
        outcomes.forEach(o -> caveats.addAll(o.caveats()));
        if (all) {
            if (outcomes.stream().anyMatch(o -> o.state() == State.NO_MATCH)) return Outcome.NO_MATCH;
            if (outcomes.stream().anyMatch(o -> o.state() == State.UNKNOWN)) return new Outcome(State.UNKNOWN, List.of(), caveats);
            outcomes.forEach(o -> findings.addAll(o.findings()));
            return Outcome.match(((Trigger.All) trigger).joined() ? joinAbsences(findings) : findings);
        }
        outcomes.stream().filter(o -> o.state() == State.MATCH).forEach(o -> findings.addAll(o.findings()));
        if (!findings.isEmpty()) return Outcome.match(findings);
        if (outcomes.stream().anyMatch(o -> o.state() == State.UNKNOWN)) return new Outcome(State.UNKNOWN, List.of(), caveats);
        return Outcome.NO_MATCH;
    }

    /** "dags/a.py line 3 `...`" and "requirements.txt does not list X" become one finding. */
    private static List<Finding> joinAbsences(List<Finding> findings) {
        List<String> absences = findings.stream().filter(f -> f.line() == 0 && f.file() != null).map(Finding::reason).toList();
        if (absences.isEmpty() || findings.stream().noneMatch(f -> f.line() > 0)) return findings;
        String but = ", but " + String.join(" and ", absences);
        return findings.stream().filter(f -> f.line() > 0 || f.file() == null)
                .map(f -> f.line() > 0 ? new Finding(f.file(), f.line(), f.reason() + but) : f).toList();
    }

    /** The single checks, each giving findings that cite file and line. */
    static final class Checks {
        private Checks() {}

        static Outcome evaluate(Trigger.Check check, UpgradeRange range, ProjectFacts facts) {
            String arg = String.valueOf(check.argument());
            List<Finding> found = switch (check.kind()) {
                case "requirements_has" -> requirement(facts, arg)
                        .map(r -> List.of(new Finding("requirements.txt", r.line(), "requirements.txt line " + r.line()
                                + (r.pinned() ? " pins " : " lists ") + r.name()))).orElse(List.of());
                case "requirements_lacks" -> requirement(facts, arg).isPresent() ? List.of()
                        : List.of(new Finding("requirements.txt", 0, "requirements.txt does not list " + arg));
                case "requirements_regex" -> matches("requirements.txt", facts.requirementLines(), Pattern.compile(arg));
                case "dockerfile_regex" -> matches("Dockerfile", facts.dockerfileLines(), Pattern.compile(arg));
                case "env_file_regex" -> matches(".env", facts.dotEnvLines(), Pattern.compile(arg));
                case "code_regex" -> codeMatches(facts, arg);
                case "env_lacks" -> facts.dockerfileEnv().containsKey(arg) || facts.dotEnv().containsKey(arg) ? List.of()
                        : List.of(new Finding("Dockerfile", 0, arg + " is set neither by an ENV line in the Dockerfile nor in .env"));
                case "file_exists" -> facts.rootFiles().contains(arg) ? List.of(new Finding(arg, 0, "the project has " + arg)) : List.of();
                case "target_is_latest_patch_of_minor" -> range.targetIsLatestPatch() != Boolean.parseBoolean(arg) ? List.of()
                        : List.of(new Finding(null, 0, range.target() + " is not the latest patch of its line ("
                                + range.latestPatchOfTargetLine().map(RuntimeVersion::toString).orElse("?") + " is)"));
                case "base_image_regex" -> facts.baseImage().map(base -> Pattern.compile(arg).matcher(base.reference()).find()
                        ? List.of(new Finding("Dockerfile", base.line(), "Dockerfile line " + base.line() + " uses " + base.reference()))
                        : List.<Finding>of()).orElse(null);
                case "image_python_default", "image_python_below" -> {
                    if (facts.baseImage().flatMap(ProjectFacts.BaseImage::tag).isEmpty()) {
                        yield null;
                    }
                    yield python(check.kind(), arg, facts.baseImage().get());
                }
                default -> null; // host, CLI and database facts: not in the project files
            };
            if (found == null) {
                return new Outcome(State.UNKNOWN, List.of(), List.of(uncheckable(check.kind())));
            }
            if (found.isEmpty()) return Outcome.NO_MATCH;
            String note = check.note();
            return Outcome.match(note == null ? found
                    : found.stream().map(f -> new Finding(f.file(), f.line(), f.reason() + ", " + note)).toList());
        }

        private static Optional<RequirementNames.Requirement> requirement(ProjectFacts facts, String name) {
            return facts.requirements().stream().filter(r -> PackageName.same(r.name(), name)).findFirst();
        }

        private static List<Finding> python(String kind, String arg, ProjectFacts.BaseImage base) {
            Optional<String> python = base.tag().flatMap(tag -> tag.pythonVersion());
            String where = "Dockerfile line " + base.line() + " uses " + base.reference();
            if (kind.equals("image_python_default")) {
                return python.isEmpty() == Boolean.parseBoolean(arg)
                        ? List.of(new Finding("Dockerfile", base.line(), where + " without a -python-X.Y suffix")) : List.of();
            }
            return python.filter(p -> comparePython(p, arg) < 0)
                    .map(p -> List.of(new Finding("Dockerfile", base.line(), where + ", which runs Python " + p))).orElse(List.of());
        }

        static int comparePython(String a, String b) {
            String[] x = a.split("\\.");
            String[] y = b.split("\\.");
            int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
            return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        }

        private static List<Finding> codeMatches(ProjectFacts facts, String regex) {
            Pattern pattern = Pattern.compile(regex);
            List<Finding> found = new ArrayList<>();
            int more = 0;
            for (ProjectFacts.SourceFile file : facts.code()) {
                for (Finding f : matches(file.path(), file.lines(), pattern)) {
                    if (found.size() < MAX_FINDINGS_PER_CHECK) found.add(f); else more++;
                }
            }
            if (more > 0) found.add(new Finding(null, 0, "and " + more + " more matching lines"));
            return found;
        }

        private static List<Finding> matches(String file, List<String> lines, Pattern pattern) {
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < lines.size() && found.size() < MAX_FINDINGS_PER_CHECK; i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    found.add(new Finding(file, i + 1, file + " line " + (i + 1) + " `" + shorten(lines.get(i).strip()) + "`"));
                }
            }
            return found;
        }

        private static String shorten(String line) {
            return line.length() > 100 ? line.substring(0, 100) + "…" : line;
        }

        private static String uncheckable(String kind) {
            return switch (kind) {
                case "host_arch" -> "Check whether you deploy from an Apple silicon (ARM64) Mac.";
                case "astro_cli_below" -> "Check your Astro CLI version with 'astro version'.";
                case "self_managed_postgres_major_below" -> "Check the Postgres version if you manage the metadata database yourself.";
                case "image_python_default", "image_python_below" -> "The Dockerfile does not name a runtime image tag, so its Python could not be checked.";
                case "base_image_regex" -> "The Dockerfile's base image could not be read.";
                default -> "Cannot be checked from the project files.";
            };
        }
    }

    // ---- deprecated runtimes ----

    private static Optional<String> deprecatedNotice(UpgradeRange range) {
        List<String> which = new ArrayList<>();
        if (range.currentChannel() == Channel.DEPRECATED) which.add("the current version " + describe(range.currentEntry().get()));
        if (range.targetChannel() == Channel.DEPRECATED) which.add("the target " + describe(range.targetEntry().get()));
        if (which.isEmpty()) return Optional.empty();
        return Optional.of("Deprecated runtime: " + String.join(" and ", which) + (which.size() > 1 ? " are" : " is")
                + " past end of maintenance. On Astro, Deployments on it keep running, but new Deployments cannot use it"
                + " and the Astro UI and CLI warn on deploy. Creating a Deployment on a deprecated version needs your account"
                + " team and the Astro API. Astronomer recommends only the latest patch of the Airflow version you want.");
    }

    private static String describe(RuntimeEntry entry) {
        return entry.version() + (entry.endOfMaintenance() == null ? "" : " (maintenance ended " + entry.endOfMaintenance() + ")");
    }
}
