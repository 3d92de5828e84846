package io.astroupgrade.cli;

import io.astroupgrade.runtime.RuntimeCatalogService;
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

    @Mixin
    TargetGate.Options gate = new TargetGate.Options();

    private final ProjectFiles files;
    private final RuntimeCatalogService catalogs;

    public SetVersionCommand(ProjectFiles files, RuntimeCatalogService catalogs) {
        this.files = files;
        this.catalogs = catalogs;
    }

    @Override
    public Integer call() throws Exception {
        AstroProject project = AstroProject.open(args.dir);
        TargetGate.Passed passed = TargetGate.check(files, catalogs, project, target.version, gate);
        ProjectFiles files = passed.files();
        FileEdit edit = files.planRuntimeVersion(project, passed.target().toString());
        for (String warning : passed.warnings()) args.out().println("warning: " + warning);
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
