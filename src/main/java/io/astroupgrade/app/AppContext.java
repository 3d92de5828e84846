package io.astroupgrade.app;

import io.astroupgrade.platform.Executables;
import io.astroupgrade.platform.UserDirs;
import io.astroupgrade.project.ProjectFiles;
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
    private final ProjectFiles projectFiles = new ProjectFiles();
    private final UpgradeSession session = new UpgradeSession();

    public AppContext(UserDirs userDirs, TaskRunner taskRunner, Executables executables) {
        this.userDirs = userDirs;
        this.taskRunner = taskRunner;
        this.executables = executables;
    }

    public UserDirs userDirs() { return userDirs; }

    public TaskRunner taskRunner() { return taskRunner; }

    public Executables executables() { return executables; }

    public ProjectFiles projectFiles() { return projectFiles; }

    public UpgradeSession session() { return session; }
}
