package io.astroupgrade.steps.start;

import io.astroupgrade.project.AstroProject;
import io.astroupgrade.version.RuntimeVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the start screen shows about an opened project and the tools on this machine. */
public record ProjectSummary(
        AstroProject project,
        Optional<String> image,
        Optional<RuntimeVersion> currentVersion,
        List<String> notes,
        boolean hasRequirements,
        Optional<Path> docker,
        Optional<Path> astro) {}
