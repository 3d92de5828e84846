package io.astroupgrade.cli;

import java.util.function.Supplier;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.docker.ImageInspector;
import io.astroupgrade.docker.ImagePackages;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.BaseImage;
import io.astroupgrade.project.FileEdit;
import io.astroupgrade.project.PackageName;
import io.astroupgrade.project.ProjectException;
import io.astroupgrade.project.ProviderPins;
import io.astroupgrade.project.Requirements;
import io.astroupgrade.project.RequirementsEditor;
import io.astroupgrade.project.SafeFileWriter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pin <project-dir> [--image IMG] [--only a,b] [--dry-run]}: pins the provider packages of the
 * current runtime image (or the image given) in requirements.txt, through the safe writer.
 */
@Command(name = "pin", mixinStandardHelpOptions = true,
        description = "Pins the apache-airflow-providers-* packages of the project's current runtime image (or --image) "
                + "in requirements.txt. Prints the diff; with --dry-run writes nothing.")
public final class PinCommand implements Callable<Integer> {

    @Mixin
    ProjectCommandArgs.Project args = new ProjectCommandArgs.Project();

    @Option(names = "--image", paramLabel = "IMAGE", description = "Take the versions from this image instead of the Dockerfile's.")
    String image;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Pin only these providers (comma-separated).")
    List<String> only;

    @Option(names = "--dry-run", description = "Print the change; write nothing.")
    boolean dryRun;

    @Option(names = "--replace-ranges", description = "Replace a version range with the exact pin instead of keeping it.")
    boolean replaceRanges;

    private final ProjectFiles files;
    private final Supplier<ImageInspector> inspectors;

    /** @param inspectors makes a Docker connection for one run; the command closes it */
    public PinCommand(ProjectFiles files, Supplier<ImageInspector> inspectors) {
        this.files = files;
        this.inspectors = inspectors;
    }

    @Override
    public Integer call() throws Exception {
        AstroProject project = AstroProject.open(args.dir);
        String source = image != null ? image : files.dockerfile(project).base()
                .flatMap(BaseImage::runtimeImage)
                .orElseThrow(() -> new ProjectException("The Dockerfile names no Astro Runtime image; give one with --image."));
        ImagePackages packages;
        try (ImageInspector inspector = inspectors.get()) {
            packages = ProvidersCommand.runCancellableOnExit(task -> inspector.packages(source, new ProvidersCommand.ProgressPrinter(args.err()), task));
        }
        Map<String, String> providers = new LinkedHashMap<>();
        packages.providers().forEach(p -> providers.put(p.name(), p.version()));
        Requirements requirements = ProviderPins.requirementsOf(project);
        Map<String, String> chosen = chosen(ProviderPins.toPin(ProviderPins.compare(providers, requirements)), providers);

        PrintWriter out = args.out();
        if (chosen.isEmpty()) {
            out.println("Nothing to pin: every chosen provider of " + source + " is pinned to its version already.");
            return 0;
        }
        FileEdit edit = RequirementsEditor.pin(requirements, chosen, replaceRanges);
        PlanCommand.printEdit(out, edit);
        for (String conflict : edit.conflicts()) out.println("conflict: " + conflict);
        if (dryRun || !edit.changed()) {
            out.println(dryRun ? "Dry run: nothing was written." : "Nothing to write.");
        } else {
            SafeFileWriter.Applied applied = ProviderPins.apply(files, project, edit);
            out.println("Backup: " + applied.backupDir());
            out.println("To undo: " + args.spec.root().name() + " undo " + project.dir());
        }
        out.flush();
        return 0;
    }

    /** The providers to pin, narrowed to --only; a name the image does not have is an error. */
    private Map<String, String> chosen(Map<String, String> toPin, Map<String, String> inImage) throws ProjectException {
        if (only == null || only.isEmpty()) return toPin;
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String name : only) {
            String wanted = PackageName.normalize(name);
            boolean known = inImage.keySet().stream().anyMatch(n -> PackageName.same(n, wanted));
            if (!known) throw new ProjectException(name + " is not a provider package of the image.");
            toPin.entrySet().stream().filter(e -> PackageName.same(e.getKey(), wanted)).forEach(e -> chosen.put(e.getKey(), e.getValue()));
        }
        return chosen;
    }
}
