package io.astroupgrade.steps.start;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.platform.Executables;
import io.astroupgrade.platform.RecentProjects;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.BaseImage;
import io.astroupgrade.project.Dockerfile;
import io.astroupgrade.project.ProjectException;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.runtime.RuntimeCatalog;
import io.astroupgrade.runtime.RuntimeCatalogService;
import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.runtime.TargetCandidate;
import io.astroupgrade.runtime.TargetCheck;
import io.astroupgrade.runtime.TargetOptions;
import io.astroupgrade.runtime.TargetPolicy;
import io.astroupgrade.tasks.TaskListener;
import io.astroupgrade.tasks.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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

/**
 * The start screen's state and logic: opening a project, the recent list, the runtime catalog
 * and the choice of the target version.
 */
public final class StartModel {

    private final TaskRunner tasks;
    private final ProjectFiles projectFiles;
    private final Supplier<RuntimeCatalogService> catalogService;
    private final RecentProjects recent;
    private final Executables executables;

    private final ObjectProperty<ProjectSummary> summary = new SimpleObjectProperty<>(this, "summary");
    private final ObjectProperty<RuntimeCatalog> catalog = new SimpleObjectProperty<>(this, "catalog");
    private final ObjectProperty<TargetOptions> options = new SimpleObjectProperty<>(this, "options");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty showAllVersions = new SimpleBooleanProperty(this, "showAllVersions");
    private final BooleanProperty localOnly = new SimpleBooleanProperty(this, "localOnly");
    private final ObservableList<TargetCandidate> candidates = FXCollections.observableArrayList();
    private final StringProperty targetText = new SimpleStringProperty(this, "targetText", "");
    private final ObjectProperty<TargetCheck> check = new SimpleObjectProperty<>(this, "check");
    private final BooleanProperty unknownConfirmed = new SimpleBooleanProperty(this, "unknownConfirmed");
    private final ObjectProperty<RuntimeVersion> target = new SimpleObjectProperty<>(this, "target");
    private final StringProperty targetMessage = new SimpleStringProperty(this, "targetMessage", "");
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final BooleanBinding ready;

    public StartModel(TaskRunner tasks, ProjectFiles projectFiles, Supplier<RuntimeCatalogService> catalogService,
                      RecentProjects recent, Executables executables) {
        this.tasks = tasks;
        this.projectFiles = projectFiles;
        this.catalogService = catalogService;
        this.recent = recent;
        this.executables = executables;
        targetText.addListener((obs, old, text) -> checkTarget());
        unknownConfirmed.addListener((obs, old, value) -> updateTarget());
        showAllVersions.addListener((obs, old, value) -> listCandidates());
        ready = Bindings.createBooleanBinding(() -> summary.get() != null && target.get() != null && !loading.get(),
                summary, target, loading);
    }

    /** Reads the recent list off the UI thread: a remembered folder may sit on a slow network drive. */
    public void refreshRecent() {
        tasks.start("Recent projects", context -> recent.list(), recentProjects::setAll);
    }

    /** What opening found: the project and, the first time, the catalog. */
    private record Opened(ProjectSummary summary, RuntimeCatalog catalog) {}

    /** Reads the project (and the catalog, once) off the UI thread; the result arrives on the UI thread. */
    public void open(Path folder) {
        loading.set(true);
        error.set("");
        RuntimeCatalog known = catalog.get();
        tasks.start("Open project", context -> {
            ProjectSummary opened = summarize(folder);
            recent.remember(opened.project().dir());
            return new Opened(opened, known != null ? known : catalogService.get().load());
        }, new TaskListener<Opened>() {
            @Override
            public void succeeded(Opened result) {
                loading.set(false);
                targetText.set("");
                catalog.set(result.catalog());
                summary.set(result.summary());
                computeOptions(true);
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

    /** Back to choosing a project (the recent list keeps this one). */
    public void closeProject() {
        summary.set(null);
        targetText.set("");
        options.set(null);
        candidates.clear();
    }

    /** Asks the live feed again (bounded by its deadline; falls back to the cache or the snapshot). */
    public void refreshCatalog() {
        loading.set(true);
        tasks.start("Refresh catalog", context -> catalogService.get().refresh(), new TaskListener<RuntimeCatalog>() {
            @Override
            public void succeeded(RuntimeCatalog result) {
                loading.set(false);
                catalog.set(result);
                computeOptions(false);
            }

            @Override
            public void failed(Throwable e) {
                loading.set(false);
                error.set(Resources.text("start.catalogFailed", String.valueOf(e.getMessage())));
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

    private Optional<RuntimeVersion> current() {
        return summary.get() == null ? Optional.empty() : summary.get().currentVersion();
    }

    /** Lists the targets for the current version; the first time, proposes the recommended one. */
    private void computeOptions(boolean proposeDefault) {
        Optional<RuntimeVersion> current = current();
        if (catalog.get() == null || current.isEmpty()) {
            options.set(null);
            candidates.clear();
            checkTarget();
            return;
        }
        options.set(new TargetPolicy(catalog.get()).options(current.get()));
        listCandidates();
        if (proposeDefault && targetText.get().isBlank()) {
            options.get().recommended().ifPresent(c -> targetText.set(c.version().toString()));
        }
        checkTarget();
    }

    private void listCandidates() {
        candidates.setAll(options.get() == null ? List.of() : options.get().listed(showAllVersions.get()));
    }

    private void checkTarget() {
        String text = targetText.get() == null ? "" : targetText.get().strip();
        unknownConfirmed.set(false);
        if (summary.get() == null) {
            check.set(null);
        } else if (current().isEmpty()) {
            check.set(new TargetCheck(TargetCheck.Verdict.REFUSED, null, List.of(Resources.text("start.target.noCurrent"))));
        } else if (text.isEmpty()) {
            check.set(new TargetCheck(TargetCheck.Verdict.REFUSED, null, List.of(Resources.text("start.target.empty"))));
        } else {
            check.set(new TargetPolicy(catalog.get()).check(current().get(), text));
        }
        updateTarget();
    }

    private void updateTarget() {
        TargetCheck verdict = check.get();
        if (verdict == null) {
            target.set(null);
            targetMessage.set("");
            return;
        }
        target.set(verdict.allowed(unknownConfirmed.get()) ? verdict.target() : null);
        List<String> lines = new ArrayList<>(verdict.messages());
        if (verdict.verdict() == TargetCheck.Verdict.ACCEPTED && verdict.target() != null) {
            lines.add(0, Resources.text("start.target.ok", verdict.target(), verdict.target().airflowMajor()));
        }
        targetMessage.set(String.join("\n", lines));
    }

    public ReadOnlyObjectProperty<ProjectSummary> summaryProperty() { return summary; }
    public ReadOnlyObjectProperty<RuntimeCatalog> catalogProperty() { return catalog; }
    public ReadOnlyObjectProperty<TargetOptions> optionsProperty() { return options; }
    public ReadOnlyObjectProperty<TargetCheck> checkProperty() { return check; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty loadingProperty() { return loading; }
    public BooleanProperty showAllVersionsProperty() { return showAllVersions; }
    /** Ends the upgrade after step 6: no deploy to Astro. */
    public BooleanProperty localOnlyProperty() { return localOnly; }
    public BooleanProperty unknownConfirmedProperty() { return unknownConfirmed; }
    public ObservableList<TargetCandidate> candidates() { return candidates; }
    public StringProperty targetTextProperty() { return targetText; }
    public ReadOnlyObjectProperty<RuntimeVersion> targetProperty() { return target; }
    public StringProperty targetMessageProperty() { return targetMessage; }
    public ObservableList<Path> recentProjects() { return recentProjects; }
    public BooleanBinding readyBinding() { return ready; }
}
