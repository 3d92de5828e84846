package io.astroupgrade.cli;

import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.FileEdit;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.project.SafeFileWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code set-version <project-dir> --to <version>}: changes the Dockerfile safely, keeping a backup. */
@Command(name = "set-version", mixinStandardHelpOptions = true,
        description = "Sets the runtime version in the Dockerfile (backup first, atomic write) and prints the diff and the backup folder.")
public final class SetVersionCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT_DIR", description = "The Astro project folder.")
    Path dir;

    @Option(names = "--to", required = true, paramLabel = "VERSION", description = "Target runtime version: X.Y.Z or A.B-N.")
    String target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AstroProject project = AstroProject.open(dir);
        ProjectFiles files = new ProjectFiles();
        FileEdit edit = files.planRuntimeVersion(project, target);
        SafeFileWriter.Applied applied = files.apply(project, edit);
        PrintWriter out = spec.commandLine().getOut();
        PlanCommand.printEdit(out, edit);
        for (String note : applied.notes()) out.println("note: " + note);
        out.println("Backup: " + applied.backupDir());
        out.println("Undo with: undo " + project.dir());
        out.flush();
        return 0;
    }
}
