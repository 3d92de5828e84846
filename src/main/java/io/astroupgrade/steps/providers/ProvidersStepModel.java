package io.astroupgrade.steps.providers;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.docker.ImageInspector;
import io.astroupgrade.docker.ImagePackages;
import io.astroupgrade.docker.PipFreeze;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.BaseImage;
import io.astroupgrade.project.FileEdit;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.project.ProviderPins;
import io.astroupgrade.project.Requirements;
import io.astroupgrade.project.RequirementsEditor;
import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.steps.FileWrite;
import io.astroupgrade.steps.ImageListing;
import io.astroupgrade.steps.PlanEdit;
import io.astroupgrade.tasks.TaskListener;
import io.astroupgrade.tasks.TaskRunner;
import io.astroupgrade.ui.TaskState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 6's logic: every pinned provider against the current and the target image, the user's choice
 * (keep, move to the target's version, unpin) and writing it.
 */
public final class ProvidersStepModel {

    private final TaskRunner tasks;
    private final ProjectFiles files;
    private final TaskState task = new TaskState();
    private final ImageListing current;
    private final ImageListing target;
    private final ObservableList<ProviderUpgradeItem> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FileEdit> preview = new SimpleObjectProperty<>(this, "preview");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty targetImage = new SimpleStringProperty(this, "targetImage", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty backup = new SimpleStringProperty(this, "backup", "");
    private final BooleanProperty written = new SimpleBooleanProperty(this, "written");
    private AstroProject project;

    public ProvidersStepModel(TaskRunner tasks, ImageInspector inspector, ProjectFiles files) {
        this.tasks = tasks;
        this.files = files;
        this.current = new ImageListing(tasks, inspector, task);
        this.target = new ImageListing(tasks, inspector, task);
        current.packagesProperty().addListener((obs, old, packages) -> {
            if (packages != null) target.load(targetImage.get());
        });
        target.packagesProperty().addListener((obs, old, packages) -> compare());
    }

    /** Reads the Dockerfile for the target image (off the UI thread), then lists both images: current, then target. */
    public void load(AstroProject project, String currentImage, RuntimeVersion targetVersion) {
        this.project = project;
        preview.set(null);
        problem.set("");
        written.set(false);
        tasks.start("Read the Dockerfile", context -> files.dockerfile(project).base(), new TaskListener<Optional<BaseImage>>() {
            @Override
            public void succeeded(Optional<BaseImage> base) {
                if (base.isEmpty() || base.get().runtimeVersion().filter(targetVersion::equals).isEmpty()) {
                    problem.set(Resources.text("step.providers.dockerfileNotAtTarget", targetVersion));
                    return;
                }
                targetImage.set(base.get().image());
                current.load(currentImage);
                if (current.packagesProperty().get() != null) target.load(targetImage.get());
            }

            @Override
            public void failed(Throwable error) {
                problem.set(error.getMessage());
            }
        });
    }

    /** The rows: every provider pinned with == in requirements.txt, read off the UI thread. */
    private void compare() {
        ImagePackages now = current.packagesProperty().get();
        ImagePackages next = target.packagesProperty().get();
        AstroProject project = this.project;
        if (now == null || next == null || project == null) return;
        tasks.start("Compare providers", context -> rowsFor(ProviderPins.requirementsOf(project), now, next),
                new TaskListener<List<ProviderUpgradeItem>>() {
                    @Override
                    public void succeeded(List<ProviderUpgradeItem> items) {
                        rows.setAll(items);
                        long added = next.freeze().providers().stream().filter(p -> now.freeze().find(p.name()).isEmpty()).count();
                        long risky = items.stream().filter(ProviderUpgradeItem::isRisky).count();
                        summary.set(Resources.text("step.providers.summary", items.size(), risky, added));
                    }

                    @Override
                    public void failed(Throwable error) {
                        problem.set(error.getMessage());
                    }
                });
    }

    private static List<ProviderUpgradeItem> rowsFor(Requirements requirements, ImagePackages now, ImagePackages next) {
        List<ProviderUpgradeItem> items = new ArrayList<>();
        for (Requirements.Entry entry : requirements.providers()) {
            if (entry.exactVersion() == null) continue;
            items.add(new ProviderUpgradeItem(entry.normalizedName(), entry.exactVersion(),
                    version(now.freeze(), entry.name()), version(next.freeze(), entry.name())));
        }
        return items;
    }

    private static String version(PipFreeze freeze, String name) {
        return freeze.versionOf(name).orElse(null);
    }

    /** The diff of the chosen actions; nothing is written yet. */
    public void planChanges() {
        problem.set("");
        Map<String, String> moves = new LinkedHashMap<>();
        List<String> unpins = new ArrayList<>();
        for (ProviderUpgradeItem row : rows) {
            switch (row.actionProperty().get()) {
                case MOVE -> {
                    if (row.getTargetImageVersion().equals("—")) unpins.add(row.getName());
                    else moves.put(row.getName(), row.getTargetImageVersion());
                }
                case UNPIN -> unpins.add(row.getName());
                case KEEP -> { }
            }
        }
        PlanEdit.run(tasks, () -> RequirementsEditor.update(ProviderPins.requirementsOf(project), moves, unpins), preview::set, problem::set);
    }

    public void cancelPreview() {
        preview.set(null);
    }

    public void applyPreview() {
        FileEdit edit = preview.get();
        if (edit == null || !edit.changed()) return;
        FileWrite.run(tasks, task, Resources.text("step.pin.writing"), () -> ProviderPins.apply(files, project, edit).backupDir().toString(),
                backupDir -> {
                    preview.set(null);
                    backup.set(backupDir);
                    written.set(true);
                    compare();
                }, problem::set);
    }

    /** Pulls whichever image is missing. */
    public void pull() {
        if (current.phaseProperty().get() == ImageListing.Phase.MISSING) current.pull();
        else if (target.phaseProperty().get() == ImageListing.Phase.MISSING) target.pull();
    }

    public ImageListing current() { return current; }
    public ImageListing target() { return target; }
    public TaskState task() { return task; }
    public ObservableList<ProviderUpgradeItem> rows() { return rows; }
    public ObjectProperty<FileEdit> previewProperty() { return preview; }
    public StringProperty problemProperty() { return problem; }
    public StringProperty targetImageProperty() { return targetImage; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty backupProperty() { return backup; }
    public BooleanProperty writtenProperty() { return written; }
}
