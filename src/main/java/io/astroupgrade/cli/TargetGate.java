package io.astroupgrade.cli;

import io.astroupgrade.runtime.RuntimeCatalogService;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.BaseImage;
import io.astroupgrade.project.ProjectException;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.project.SafeFileWriter;
import io.astroupgrade.runtime.RuntimeCatalog;
import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.runtime.TargetCheck;
import io.astroupgrade.runtime.TargetPolicy;
import java.time.Clock;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The target check that {@code plan} and {@code set-version} share: the runtime catalog's verdict
 * (yanked, partial, malformed or lower targets refused; deprecated ones accepted with a warning).
 */
final class TargetGate {

    /** The options, as a picocli mixin. */
    static final class Options {
        @Option(names = "--offline", description = "Do not ask Astronomer's version feed; use the cached feed or the bundled catalog.")
        boolean offline;

        @Option(names = "--allow-unknown", description = "Accept a well-formed version that no catalog lists (you are sure it exists).")
        boolean allowUnknown;
    }

    /** A target that passed: the catalog used, both versions, warnings to print, and project files that know the catalog. */
    record Passed(RuntimeCatalog catalog, RuntimeVersion current, RuntimeVersion target, List<String> warnings, ProjectFiles files) {}

    private TargetGate() {}

    static Passed check(ProjectFiles plain, RuntimeCatalogService catalogs, AstroProject project, String targetText, Options options) throws ProjectException {
        RuntimeVersion current = plain.dockerfile(project).base().flatMap(BaseImage::runtimeVersion).orElse(null);
        RuntimeCatalog catalog = options.offline ? catalogs.offline() : catalogs.load();
        TargetCheck check = new TargetPolicy(catalog).check(current, targetText);
        if (check.refused()) throw new ProjectException(String.join(" ", check.messages()));
        if (!check.allowed(options.allowUnknown)) {
            throw new ProjectException(String.join(" ", check.messages()) + " Add --allow-unknown if you are sure.");
        }
        RuntimeVersion target = check.target();
        ProjectFiles files = new ProjectFiles(v -> catalog.mayExist(v) || (options.allowUnknown && v.equals(target)),
                Clock.systemUTC(), SafeFileWriter.WriteHook.NONE);
        return new Passed(catalog, current, target, check.messages(), files);
    }
}
