package io.astroupgrade.steps.start;

import io.astroupgrade.app.Resources;
import io.astroupgrade.platform.Executables;
import io.astroupgrade.platform.RecentProjects;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.BaseImage;
import io.astroupgrade.project.Dockerfile;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.project.ProjectException;
import io.astroupgrade.runtime.InvalidVersionException;
import io.astroupgrade.runtime.RuntimeVersion;
import io.astroupgrade.tasks.TaskListener;
import io.astroupgrade.tasks.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The start screen's state and logic: opening a project, the recent list and the target version. */
public final class StartModel {

    private final TaskRunner tasks;
    private final ProjectFiles projectFiles;
    private final RecentProjects recent;
    private final Executables executables;

    private final ObjectProperty<ProjectSummary> summary = new SimpleObjectProperty<>(this, "summary");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty targetText = new SimpleStringProperty(this, "targetText", "");
    private final ObjectProperty<RuntimeVersion> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty targetMessage = new SimpleStringProperty(this, "targetMessage", "");
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final BooleanBinding ready;

    public StartModel(TaskRunner tasks, ProjectFiles projectFiles, RecentProjects recent, Executables executables) {
        this.tasks = tasks;
        this.projectFiles = projectFiles;
        this.recent = recent;
        this.executables = executables;
        targetText.addListener((obs, old, text) -> validateTarget());
        summary.addListener((obs, old, value) -> validateTarget());
        ready = Bindings.createBooleanBinding(() -> summary.get() != null && target.get() != null && !loading.get(),
                summary, target, loading);
    }

    public void refreshRecent() {
        recentProjects.setAll(recent.list());
    }

    /** Reads the project off the UI thread; the summary or the error arrives on the UI thread. */
    public void open(Path folder) {
        loading.set(true);
        error.set("");
        tasks.start("Open project", context -> summarize(folder), new TaskListener<ProjectSummary>() {
            @Override
            public void succeeded(ProjectSummary result) {
                loading.set(false);
                summary.set(result);
                recent.remember(result.project().dir());
                refreshRecent();
            }

            @Override
            public void failed(Throwable e) {
                loading.set(false);
                summary.set(null);
                error.set(e instanceof ProjectException ? e.getMessage() : Resources.text("start.openFailed", String.valueOf(e.getMessage())));
            }
        });
    }

    ProjectSummary summarize(Path folder) throws ProjectException {
        AstroProject project = AstroProject.open(folder);
        Dockerfile dockerfile = projectFiles.dockerfile(project);
        List<String> notes = new ArrayList<>(dockerfile.warnings());
        Optional<BaseImage> base = dockerfile.base();
        if (base.isEmpty()) {
            notes.add(Resources.text("start.noBaseImage"));
        } else if (!base.get().kind().isRuntime()) {
            notes.add(Resources.text("start.notRuntime", base.get().kind().id()));
        } else if (base.get().runtimeVersion().isEmpty()) {
            notes.add(Resources.text("start.noFullVersion"));
        }
        return new ProjectSummary(project, base.map(BaseImage::image), base.flatMap(BaseImage::runtimeVersion),
                List.copyOf(notes), project.hasRequirements(), executables.find("docker"), executables.find("astro"));
    }

    private void validateTarget() {
        String text = targetText.get() == null ? "" : targetText.get().strip();
        if (text.isEmpty()) {
            target.set(null);
            targetMessage.set(Resources.text("start.target.empty"));
            return;
        }
        try {
            RuntimeVersion candidate = RuntimeVersion.parse(text);
            RuntimeVersion current = summary.get() == null ? null : summary.get().currentVersion().orElse(null);
            if (current != null && !candidate.isAbove(current)) {
                target.set(null);
                targetMessage.set(Resources.text("start.target.notHigher", candidate, current));
                return;
            }
            target.set(candidate);
            targetMessage.set(Resources.text("start.target.ok", candidate, candidate.airflowMajor()));
        } catch (InvalidVersionException e) {
            target.set(null);
            targetMessage.set(e.getMessage());
        }
    }

    public ReadOnlyObjectProperty<ProjectSummary> summaryProperty() { return summary; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty loadingProperty() { return loading; }
    public StringProperty targetTextProperty() { return targetText; }
    public ReadOnlyObjectProperty<RuntimeVersion> targetProperty() { return target; }
    public StringProperty targetMessageProperty() { return targetMessage; }
    public ObservableList<Path> recentProjects() { return recentProjects; }
    public BooleanBinding readyBinding() { return ready; }
}
