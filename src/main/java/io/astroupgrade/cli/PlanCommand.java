package io.astroupgrade.cli;

import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.FileEdit;
import io.astroupgrade.project.ProjectFiles;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plan <project-dir> --to <version>}: the Dockerfile change as a unified diff; writes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Prints the Dockerfile change that sets the runtime version, as a unified diff. Writes nothing.")
public final class PlanCommand implements Callable<Integer> {

    @Mixin
    ProjectCommandArgs.Project args = new ProjectCommandArgs.Project();

    @Mixin
    ProjectCommandArgs.Target target = new ProjectCommandArgs.Target();

    @Override
    public Integer call() throws Exception {
        FileEdit edit = new ProjectFiles().planRuntimeVersion(AstroProject.open(args.dir), target.version);
        printEdit(args.out(), edit);
        return 0;
    }

    /** The diff, then one "note:" line per explanation. */
    static void printEdit(PrintWriter out, FileEdit edit) {
        out.print(edit.diff());
        for (String note : edit.notes()) out.println("note: " + note);
        out.flush();
    }
}
