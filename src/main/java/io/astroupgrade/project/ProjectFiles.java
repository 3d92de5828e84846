package io.astroupgrade.project;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The project-file services the GUI and the command line share: read the Dockerfile and requirements.txt,
 * plan a runtime version change, apply planned edits safely, and undo the last one.
 */
public final class ProjectFiles {

    private final DockerfileEditor editor;
    private final Clock clock;
    private final SafeFileWriter.WriteHook hook;

    public ProjectFiles() {
        this(RuntimeAvailability.UNKNOWN, Clock.systemUTC(), SafeFileWriter.WriteHook.NONE);
    }

    public ProjectFiles(RuntimeAvailability availability, Clock clock, SafeFileWriter.WriteHook hook) {
        this.editor = new DockerfileEditor(availability);
        this.clock = clock;
        this.hook = hook;
    }

    public Dockerfile dockerfile(AstroProject project) throws ProjectException {
        return Dockerfile.read(project.dockerfile());
    }

    /** Empty when the project has no requirements.txt. */
    public Optional<Requirements> requirements(AstroProject project) throws ProjectException {
        return project.hasRequirements() ? Optional.of(Requirements.read(project.requirements())) : Optional.empty();
    }

    /** Reads the Dockerfile now and plans the change; nothing is written. */
    public FileEdit planRuntimeVersion(AstroProject project, String target) throws ProjectException {
        return editor.setRuntimeVersion(dockerfile(project), target);
    }

    public SafeFileWriter writer(AstroProject project) {
        return new SafeFileWriter(project.dir(), clock, hook);
    }

    /** Writes planned edits (checked against the bytes they were planned on), keeping a backup first. */
    public SafeFileWriter.Applied apply(AstroProject project, FileEdit... edits) throws ProjectException {
        return writer(project).apply(edits);
    }

    public SafeFileWriter.Undone undo(AstroProject project) throws ProjectException {
        return writer(project).undo();
    }

    /** Where backups go: {@code <project>/.astro-upgrade/backups}. */
    public Path backupRoot(AstroProject project) {
        return writer(project).backupRoot();
    }
}
