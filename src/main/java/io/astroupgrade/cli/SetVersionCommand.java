package io.astroupgrade.cli;

import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.FileEdit;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.project.SafeFileWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code set-version <project-dir> --to <version>}: changes the Dockerfile safely, keeping a backup. */
@Command(name = "set-version", mixinStandardHelpOptions = true,
        description = "Sets the runtime version in the Dockerfile (backup first, atomic write) and prints the diff and the backup folder.")
public final class SetVersionCommand implements Callable<Integer> {

    @Mixin
    ProjectCommandArgs.Project args = new ProjectCommandArgs.Project();

    @Mixin
    ProjectCommandArgs.Target target = new ProjectCommandArgs.Target();

    @Override
    public Integer call() throws Exception {
        AstroProject project = AstroProject.open(args.dir);
        ProjectFiles files = new ProjectFiles();
        FileEdit edit = files.planRuntimeVersion(project, target.version);
        SafeFileWriter.Applied applied = files.apply(project, edit);
        PrintWriter out = args.out();
        PlanCommand.printEdit(out, edit);
        for (String note : applied.notes()) out.println("note: " + note);
        out.println("Backup: " + applied.backupDir());
        out.println("To undo: " + args.spec.root().name() + " undo " + project.dir());
        out.flush();
        return 0;
    }
}
