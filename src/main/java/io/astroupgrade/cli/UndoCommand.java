package io.astroupgrade.cli;

import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.project.SafeFileWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code undo <project-dir>}: restores the files of the wizard's last change from its backup. */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Restores the files of the last change made by the wizard, if nobody changed them since.")
public final class UndoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT_DIR", description = "The Astro project folder.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SafeFileWriter.Undone undone = new ProjectFiles().undo(AstroProject.open(dir));
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : undone.files()) out.println("Restored: " + file);
        out.println("From backup: " + undone.backupDir());
        out.flush();
        return 0;
    }
}
