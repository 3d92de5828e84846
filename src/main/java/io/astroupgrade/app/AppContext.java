package io.astroupgrade.app;

import io.astroupgrade.docker.DockerImageInspector;
import io.astroupgrade.docker.ImageInspector;
import io.astroupgrade.platform.Executables;
import io.astroupgrade.platform.UserDirs;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.project.SafeFileWriter;
import io.astroupgrade.runtime.RuntimeCatalog;
import io.astroupgrade.runtime.RuntimeCatalogService;
import io.astroupgrade.runtime.RuntimeVersion;
import java.time.Clock;
import io.astroupgrade.tasks.TaskRunner;
import io.astroupgrade.wizard.UpgradeSession;

/**
 * The composition root: every service, built once by hand at start-up. No static singletons.
 * Tests build one with their own user folders, task runner and stand-ins.
 */
public final class AppContext {

    private final UserDirs userDirs;
    private final TaskRunner taskRunner;
    private final Executables executables;
    private final RuntimeCatalogService catalogService;
    private final ImageInspector imageInspector;
    private final UpgradeSession session = new UpgradeSession();
    private final ProjectFiles projectFiles;

    public AppContext(UserDirs userDirs, TaskRunner taskRunner, Executables executables, RuntimeCatalogService catalogService,
                      ImageInspector imageInspector) {
        this.userDirs = userDirs;
        this.imageInspector = imageInspector;
        this.taskRunner = taskRunner;
        this.executables = executables;
        this.catalogService = catalogService;
        this.projectFiles = new ProjectFiles(this::mayExist, Clock.systemUTC(), SafeFileWriter.WriteHook.NONE);
    }

    /** The real services, with the user folders given (a temp folder in command tests). */
    public AppContext(UserDirs userDirs, TaskRunner taskRunner) {
        this(userDirs, taskRunner, Executables.fromEnvironment(), RuntimeCatalogService.forUser(userDirs),
                DockerImageInspector.forUser(userDirs));
    }

    /** The production set-up for the current user. */
    public static AppContext forUser(TaskRunner taskRunner) {
        return new AppContext(UserDirs.forCurrentUser(), taskRunner);
    }

    /** A version may exist when no catalog is loaded yet, when the catalog has it, or when the user confirmed it. */
    private boolean mayExist(RuntimeVersion version) {
        RuntimeCatalog catalog = session.catalog();
        return catalog == null || catalog.exists(version)
                || (session.isTargetConfirmedUnknown() && version.equals(session.targetVersion()));
    }

    public RuntimeCatalogService catalogService() { return catalogService; }

    /** Docker: connects on first use, so building it costs nothing at start-up. Close it on exit. */
    public ImageInspector imageInspector() { return imageInspector; }

    public UserDirs userDirs() { return userDirs; }

    public TaskRunner taskRunner() { return taskRunner; }

    public Executables executables() { return executables; }

    public ProjectFiles projectFiles() { return projectFiles; }

    public UpgradeSession session() { return session; }
}
