package io.astroupgrade.cli;

import io.astroupgrade.runtime.RuntimeCatalogService;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.FileEdit;
import io.astroupgrade.runtime.considerations.ConsiderationEngine;
import io.astroupgrade.runtime.considerations.ConsiderationReport;
import io.astroupgrade.runtime.considerations.ConsiderationReportFormat;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plan <project-dir> --to <version>}: the considerations that apply, then the Dockerfile change
 * as a unified diff. Writes nothing.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Prints the upgrade considerations that apply to the project, then the Dockerfile change that sets "
                + "the runtime version, as a unified diff. Writes nothing.")
public final class PlanCommand implements Callable<Integer> {

    @Mixin
    ProjectCommandArgs.Project args = new ProjectCommandArgs.Project();

    @Mixin
    ProjectCommandArgs.Target target = new ProjectCommandArgs.Target();

    @Mixin
    TargetGate.Options gate = new TargetGate.Options();

    @Option(names = "--json", description = "Print the considerations and the Dockerfile change as JSON.")
    boolean json;

    private final ProjectFiles files;
    private final RuntimeCatalogService catalogs;

    public PlanCommand(ProjectFiles files, RuntimeCatalogService catalogs) {
        this.files = files;
        this.catalogs = catalogs;
    }

    @Override
    public Integer call() throws Exception {
        AstroProject project = AstroProject.open(args.dir);
        TargetGate.Passed passed = TargetGate.check(files, catalogs, project, target.version, gate);
        FileEdit edit = passed.files().planRuntimeVersion(project, passed.target().toString());
        ConsiderationReport report = passed.current() == null ? null
                : ConsiderationEngine.bundled().evaluate(project.dir(), passed.catalog(), passed.current(), passed.target());
        PrintWriter out = args.out();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("current", passed.current() == null ? null : passed.current().toString());
            result.put("target", passed.target().toString());
            result.put("catalog", passed.catalog().status().text());
            result.put("warnings", passed.warnings());
            result.put("considerations", report == null ? null : ConsiderationReportFormat.json(report));
            result.put("dockerfile", Map.of("diff", edit.diff(), "notes", edit.notes()));
            out.println(CliOutput.JSON.writeValueAsString(result));
        } else {
            out.println("Catalog: " + passed.catalog().status().text());
            for (String warning : passed.warnings()) out.println("warning: " + warning);
            if (report != null) out.println(ConsiderationReportFormat.text(report));
            printEdit(out, edit);
        }
        out.flush();
        return 0;
    }

    /** The diff, then one "note:" line per explanation. */
    static void printEdit(PrintWriter out, FileEdit edit) {
        out.print(edit.diff());
        for (String note : edit.notes()) out.println("note: " + note);
        out.flush();
    }
}
