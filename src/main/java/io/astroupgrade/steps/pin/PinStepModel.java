package io.astroupgrade.steps.pin;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.docker.ImageInspector;
import io.astroupgrade.docker.ImagePackages;
import io.astroupgrade.docker.PipFreeze;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.FileEdit;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.project.ProviderPins;
import io.astroupgrade.project.RequirementsEditor;
import io.astroupgrade.steps.FileWrite;
import io.astroupgrade.steps.ImageListing;
import io.astroupgrade.steps.PlanEdit;
import io.astroupgrade.tasks.TaskListener;
import io.astroupgrade.tasks.TaskRunner;
import io.astroupgrade.ui.TaskState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Step 2's logic: the providers of the current image against requirements.txt, and pinning the chosen ones. */
public final class PinStepModel {

    private final TaskRunner tasks;
    private final ProjectFiles files;
    private final TaskState task = new TaskState();
    private final ImageListing listing;
    private final ObservableList<ProviderRowItem> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FileEdit> preview = new SimpleObjectProperty<>(this, "preview");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty backup = new SimpleStringProperty(this, "backup", "");
    private final BooleanProperty replaceRanges = new SimpleBooleanProperty(this, "replaceRanges");
    private final BooleanProperty written = new SimpleBooleanProperty(this, "written");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private AstroProject project;

    public PinStepModel(TaskRunner tasks, ImageInspector inspector, ProjectFiles files) {
        this.tasks = tasks;
        this.files = files;
        this.listing = new ImageListing(tasks, inspector, task);
        listing.packagesProperty().addListener((obs, old, packages) -> compare());
    }

    public void load(AstroProject project, String image) {
        this.project = project;
        preview.set(null);
        problem.set("");
        if (image == null) {
            problem.set(Resources.text("step.pin.noImage"));
            return;
        }
        listing.load(image);
        compare();
    }

    /** What a comparison found: the table rows and whether there is a change to undo. */
    private record Compared(List<ProviderPins.Row> rows, boolean canUndo) {}

    /** Re-reads requirements.txt (off the UI thread) and rebuilds the table from the image's providers. */
    private void compare() {
        ImagePackages packages = listing.packagesProperty().get();
        AstroProject current = project;
        if (packages == null || current == null) {
            rows.clear();
            return;
        }
        tasks.start("Compare providers", context -> new Compared(
                ProviderPins.compare(providers(packages.freeze()), ProviderPins.requirementsOf(current)),
                files.writer(current).lastBackup().isPresent()), new TaskListener<Compared>() {
                    @Override
                    public void succeeded(Compared result) {
                        rows.setAll(result.rows().stream().map(ProviderRowItem::new).toList());
                        canUndo.set(result.canUndo());
                    }

                    @Override
                    public void failed(Throwable error) {
                        problem.set(error.getMessage());
                    }
                });
    }

    static Map<String, String> providers(PipFreeze freeze) {
        Map<String, String> versions = new LinkedHashMap<>();
        freeze.providers().forEach(p -> versions.put(p.name(), p.version()));
        return versions;
    }

    public void selectAll(boolean selected) {
        rows.forEach(r -> r.selectedProperty().set(selected));
    }

    /** The diff of pinning the selected providers; nothing is written yet. */
    public void planPins() {
        problem.set("");
        Map<String, String> chosen = new LinkedHashMap<>();
        rows.stream().filter(r -> r.selectedProperty().get()).forEach(r -> chosen.put(r.getName(), r.getImageVersion()));
        if (chosen.isEmpty()) {
            problem.set(Resources.text("step.pin.noneSelected"));
            return;
        }
        boolean replace = replaceRanges.get();
        PlanEdit.run(tasks, () -> RequirementsEditor.pin(ProviderPins.requirementsOf(project), chosen, replace), preview::set, problem::set);
    }

    public void cancelPreview() {
        preview.set(null);
    }

    /** Writes the previewed change (safe writer: checked, backed up, atomic). */
    public void applyPreview() {
        FileEdit edit = preview.get();
        if (edit == null) return;
        write(Resources.text("step.pin.writing"), () -> ProviderPins.apply(files, project, edit).backupDir().toString());
    }

    public void undo() {
        write(Resources.text("step.pin.undoing"), () -> files.undo(project).backupDir().toString());
    }

    private void write(String message, java.util.concurrent.Callable<String> work) {
        FileWrite.run(tasks, task, message, work, backupDir -> {
            preview.set(null);
            backup.set(backupDir);
            written.set(true);
            compare();
        }, problem::set);
    }

    public void pull() { listing.pull(); }
    public ImageListing listing() { return listing; }
    public TaskState task() { return task; }
    public ObservableList<ProviderRowItem> rows() { return rows; }
    public ObjectProperty<FileEdit> previewProperty() { return preview; }
    public StringProperty problemProperty() { return problem; }
    public StringProperty backupProperty() { return backup; }
    public BooleanProperty replaceRangesProperty() { return replaceRanges; }
    public BooleanProperty writtenProperty() { return written; }
    public BooleanProperty canUndoProperty() { return canUndo; }
}
