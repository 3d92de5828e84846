package io.astroupgrade.cli;

import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.FileEdit;
import io.astroupgrade.project.ProjectFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plan <project-dir> --to <version>}: the Dockerfile change as a unified diff; writes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Prints the Dockerfile change that sets the runtime version, as a unified diff. Writes nothing.")
public final class PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT_DIR", description = "The Astro project folder.")
    Path dir;

    @Option(names = "--to", required = true, paramLabel = "VERSION", description = "Target runtime version: X.Y.Z or A.B-N.")
    String target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FileEdit edit = new ProjectFiles().planRuntimeVersion(AstroProject.open(dir), target);
        printEdit(spec.commandLine().getOut(), edit);
        return 0;
    }

    /** The diff, then one "note:" line per explanation. */
    static void printEdit(PrintWriter out, FileEdit edit) {
        out.print(edit.diff());
        for (String note : edit.notes()) out.println("note: " + note);
        out.flush();
    }
}
