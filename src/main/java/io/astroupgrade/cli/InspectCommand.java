package io.astroupgrade.cli;

import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.BaseImage;
import io.astroupgrade.project.Dockerfile;
import io.astroupgrade.project.ProjectException;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.project.Requirements;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code inspect <project-dir>}: what the wizard reads from the Dockerfile and requirements.txt, as JSON. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Prints, as JSON, the runtime image and provider pins the wizard finds in an Astro project.")
public final class InspectCommand implements Callable<Integer> {

    @Mixin
    ProjectCommandArgs.Project args = new ProjectCommandArgs.Project();

    @Override
    public Integer call() throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", args.dir.toAbsolutePath().normalize().toString());
        AstroProject project;
        try {
            project = AstroProject.open(args.dir);
        } catch (ProjectException e) {
            json.put("isAstroProject", false);
            json.put("error", e.getMessage());
            args.out().println(CliOutput.JSON.writeValueAsString(json));
            args.err().println("error: " + e.getMessage());
            return 1;
        }
        ProjectFiles files = new ProjectFiles();
        json.put("isAstroProject", true);
        json.put("projectName", project.name());
        json.put("dockerfile", project.dockerfile().toString());
        json.putAll(describe(files.dockerfile(project)));
        json.put("requirements", files.requirements(project).map(InspectCommand::describe).orElse(null));
        args.out().println(CliOutput.JSON.writeValueAsString(json));
        return 0;
    }

    private static Map<String, Object> describe(Dockerfile dockerfile) {
        Map<String, Object> json = new LinkedHashMap<>();
        BaseImage base = dockerfile.base().orElse(null);
        json.put("image", base == null ? null : base.image());
        json.put("runtimeVersion", base == null || base.version() == null ? null : base.version().toString());
        json.put("flavour", base == null ? null : base.flavour());
        json.put("registry", base == null ? null : base.registry());
        json.put("kind", base == null ? null : base.kind().id());
        json.put("airflowMajor", base == null ? null : base.airflowMajor());
        json.put("line", base == null ? null : base.line());
        json.put("platform", base == null ? null : base.platform());
        json.put("stage", base == null ? null : base.stageName());
        json.put("digest", base == null || base.reference() == null || !base.reference().hasDigest() ? null : base.reference().digest());
        List<String> warnings = new ArrayList<>(dockerfile.warnings());
        if (base != null) warnings.addAll(base.warnings());
        json.put("warnings", warnings);
        return json;
    }

    private static Map<String, Object> describe(Requirements requirements) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", requirements.file().path().toString());
        json.put("pins", requirements.providers().stream().map(e -> {
            Map<String, Object> pin = new LinkedHashMap<>();
            pin.put("name", e.normalizedName());
            pin.put("specifier", e.specifier());
            pin.put("line", e.line());
            return pin;
        }).toList());
        json.put("problems", requirements.problems().stream()
                .map(p -> Map.of("line", (Object) p.line(), "message", p.message())).toList());
        return json;
    }
}
