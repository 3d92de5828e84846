package io.astroupgrade.cli;

import java.nio.file.Path;
import io.astroupgrade.version.InvalidVersionException;
import io.astroupgrade.runtime.RuntimeCatalog;
import io.astroupgrade.runtime.RuntimeCatalogService;
import io.astroupgrade.runtime.RuntimeEntry;
import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.runtime.TargetCandidate;
import io.astroupgrade.runtime.TargetCheck;
import io.astroupgrade.runtime.TargetOptions;
import io.astroupgrade.runtime.TargetPolicy;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code versions [--all] [--refresh] [--current V] [--target V] [--json]}: the runtime catalog, with its
 * source and date. Without --all, only the versions a user should pick. With --target, the same check
 * {@code plan} uses: exit 1 when the target is refused.
 */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = "Lists the Astro Runtime versions a project can be upgraded to, and where the list comes from.")
public final class VersionsCommand implements Callable<Integer> {

    @Option(names = "--all", description = "Also list deprecated, pre-release, yanked and superseded versions, marked.")
    boolean all;

    @Option(names = "--refresh", description = "Ask the version feed now instead of using the cached copy.")
    boolean refresh;

    @Option(names = "--current", paramLabel = "VERSION", description = "The project's current runtime: list only higher versions and recommend one.")
    String current;

    @Option(names = "--target", paramLabel = "VERSION", description = "Check this target against --current (exit 1 when refused).")
    String target;

    @Option(names = "--allow-unknown", description = "With --target: accept a well-formed version that no catalog lists.")
    boolean allowUnknown;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--feed-url", hidden = true, paramLabel = "URL")
    URI feedUrl;

    @Spec
    CommandSpec spec;

    private final RuntimeCatalogService catalogs;
    private final Path cacheDir;

    /** @param cacheDir where a catalog fetched from {@code --feed-url} is cached */
    public VersionsCommand(RuntimeCatalogService catalogs, Path cacheDir) {
        this.catalogs = catalogs;
        this.cacheDir = cacheDir;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuntimeVersion currentVersion;
        try {
            currentVersion = current == null ? null : RuntimeVersion.parse(current.strip());
        } catch (InvalidVersionException e) {
            err.println("error: --current: " + e.getMessage());
            return 1;
        }
        if (target != null && currentVersion == null) {
            err.println("error: --target needs --current, the version the project runs now.");
            return 1;
        }
        RuntimeCatalogService service = feedUrl == null ? catalogs
                : new RuntimeCatalogService(cacheDir, feedUrl, RuntimeCatalogService.DEFAULT_DEADLINE, Clock.systemUTC());
        RuntimeCatalog catalog = refresh ? service.refresh() : service.load();
        TargetPolicy policy = new TargetPolicy(catalog);
        TargetOptions options = policy.options(currentVersion);
        TargetCheck check = target == null ? null : policy.check(currentVersion, target);
        boolean refused = check != null && !check.allowed(allowUnknown);
        if (json) {
            out.println(CliOutput.JSON.writeValueAsString(VersionsJson.of(catalog, options, all, check)));
        } else {
            printText(out, catalog, options);
        }
        if (check != null) printCheck(json ? err : out, err, check, refused);
        return refused ? 1 : 0;
    }

    private void printText(PrintWriter out, RuntimeCatalog catalog, TargetOptions options) {
        out.println("Catalog: " + catalog.status().text());
        if (catalog.status().problem() != null) out.println("  " + catalog.status().problem());
        if (options.current() != null) {
            out.println("Current: " + options.current() + catalog.find(options.current()).map(e -> " (" + describe(e) + ")").orElse(" (not in the catalog)"));
        }
        options.recommended().ifPresent(c -> out.println("Recommended: " + c.version()));
        options.latestOverall().ifPresent(c -> out.println("Latest overall: " + c.version()));
        options.warnings().forEach(w -> out.println("warning: " + w));
        List<TargetCandidate> rows = options.listed(all);
        if (rows.isEmpty()) {
            out.println(all ? "No higher version is known." : "No higher stable version is known; --all lists deprecated ones.");
            return;
        }
        String format = "%-10s %-9s %-11s %-11s %-9s %-29s %s%n";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        out.printf(format, "VERSION", "AIRFLOW", "CHANNEL", "RELEASED", "SOURCE", "SUPPORT", "NOTES");
        for (TargetCandidate c : rows) {
            RuntimeEntry e = c.entry();
            String mark = c.availability() == TargetCandidate.Availability.AVAILABLE ? "" : "[" + c.availability().name().toLowerCase().replace('_', ' ') + "] ";
            if (options.recommended().filter(r -> r.equals(c)).isPresent()) mark = "[recommended] " + mark;
            out.printf(format, e.version(), orDash(e.airflowVersion()), e.channel().label(), orDash(e.releaseDate()), e.source().label(),
                    e.supportStatus(today), mark + String.join(" ", c.notes().stream().filter(n -> !options.warnings().contains(n)).toList()));
        }
    }

    private static void printCheck(PrintWriter out, PrintWriter err, TargetCheck check, boolean refused) {
        if (refused) {
            err.println("error: target refused: " + String.join(" ", check.messages())
                    + (check.verdict() == TargetCheck.Verdict.NEEDS_CONFIRMATION ? " Pass --allow-unknown to use it anyway." : ""));
            return;
        }
        out.println("Target " + check.target() + " accepted.");
        check.messages().forEach(m -> err.println("warning: " + m));
    }

    private static String describe(RuntimeEntry e) {
        return "Airflow " + orDash(e.airflowVersion()) + ", " + e.channel().label() + (e.yanked() ? ", yanked" : "") + ", " + e.source().label();
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
