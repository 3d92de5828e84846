package io.astroupgrade.cli;

import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.project.SafeFileWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code undo <project-dir>}: restores the files of the wizard's last change from its backup. */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Restores the files of the last change made by the wizard, if nobody changed them since.")
public final class UndoCommand implements Callable<Integer> {

    @Mixin
    ProjectCommandArgs.Project args = new ProjectCommandArgs.Project();

    @Override
    public Integer call() throws Exception {
        SafeFileWriter.Undone undone = new ProjectFiles().undo(AstroProject.open(args.dir));
        PrintWriter out = args.out();
        for (Path file : undone.files()) out.println("Restored: " + file);
        out.println("From backup: " + undone.backupDir());
        out.flush();
        return 0;
    }
}
