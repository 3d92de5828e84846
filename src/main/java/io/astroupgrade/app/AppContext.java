package io.astroupgrade.app;

import io.astroupgrade.docker.DockerImageInspector;
import io.astroupgrade.docker.ImageInspector;
import io.astroupgrade.platform.Executables;
import io.astroupgrade.platform.UserDirs;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.project.SafeFileWriter;
import io.astroupgrade.runtime.RuntimeCatalog;
import io.astroupgrade.runtime.RuntimeCatalogService;
import io.astroupgrade.version.RuntimeVersion;
import java.time.Clock;
import java.util.function.Supplier;
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
    private final Lazy<RuntimeCatalogService> catalogService;
    private final Lazy<ImageInspector> imageInspector;
    private final UpgradeSession session = new UpgradeSession();
    private final ProjectFiles projectFiles;

    public AppContext(UserDirs userDirs, TaskRunner taskRunner, Executables executables, RuntimeCatalogService catalogService,
                      ImageInspector imageInspector) {
        this(userDirs, taskRunner, executables, () -> catalogService, () -> imageInspector);
    }

    /** The real services, with the user folders given (a temp folder in command tests). */
    public AppContext(UserDirs userDirs, TaskRunner taskRunner) {
        this(userDirs, taskRunner, Executables.fromEnvironment(), () -> RuntimeCatalogService.forUser(userDirs),
                () -> DockerImageInspector.forUser(userDirs));
    }

    /** Services that start-up does not need are built on first use: the window must not wait for Docker or JSON. */
    private AppContext(UserDirs userDirs, TaskRunner taskRunner, Executables executables,
                       Supplier<RuntimeCatalogService> catalogService, Supplier<ImageInspector> imageInspector) {
        this.userDirs = userDirs;
        this.taskRunner = taskRunner;
        this.executables = executables;
        this.catalogService = new Lazy<>(catalogService);
        this.imageInspector = new Lazy<>(imageInspector);
        this.projectFiles = new ProjectFiles(this::mayExist, Clock.systemUTC(), SafeFileWriter.WriteHook.NONE);
    }

    /** A value made once, on first use, by any thread. */
    private static final class Lazy<T> {
        private final Supplier<T> make;
        private T value;

        Lazy(Supplier<T> make) { this.make = make; }

        synchronized T get() {
            if (value == null) value = make.get();
            return value;
        }

        synchronized boolean made() { return value != null; }
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

    public RuntimeCatalogService catalogService() { return catalogService.get(); }

    /** Docker, built on first use. */
    public ImageInspector imageInspector() { return imageInspector.get(); }

    /** Releases what was opened (the Docker client); does not build anything. */
    public void close() {
        if (imageInspector.made()) imageInspector.get().close();
    }

    public UserDirs userDirs() { return userDirs; }

    public TaskRunner taskRunner() { return taskRunner; }

    public Executables executables() { return executables; }

    public ProjectFiles projectFiles() { return projectFiles; }

    public UpgradeSession session() { return session; }
}
