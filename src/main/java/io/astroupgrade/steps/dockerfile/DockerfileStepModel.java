package io.astroupgrade.steps.dockerfile;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.project.AstroProject;
import io.astroupgrade.project.BaseImage;
import io.astroupgrade.project.Dockerfile;
import io.astroupgrade.project.TextFile;
import io.astroupgrade.project.FileEdit;
import io.astroupgrade.project.ProjectException;
import io.astroupgrade.project.ProjectFiles;
import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.tasks.TaskListener;
import io.astroupgrade.tasks.TaskRunner;
import java.nio.file.Path;
import java.util.List;
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
 * Step 4's logic: plan the FROM change, apply it through the safe writer, undo it.
 * The step may advance once the Dockerfile on disk names the target version.
 */
public final class DockerfileStepModel {

    /** Where the step stands. */
    public enum State { LOADING, PLANNED, ALREADY_AT_TARGET, APPLIED, REFUSED }

    private final TaskRunner tasks;
    private final ProjectFiles files;

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.LOADING);
    private final StringProperty currentFrom = new SimpleStringProperty(this, "currentFrom", "");
    private final StringProperty newFrom = new SimpleStringProperty(this, "newFrom", "");
    private final StringProperty diff = new SimpleStringProperty(this, "diff", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty backup = new SimpleStringProperty(this, "backup", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final ObservableList<String> notes = FXCollections.observableArrayList();

    private AstroProject project;
    private RuntimeVersion target;
    private FileEdit plannedEdit;

    public DockerfileStepModel(TaskRunner tasks, ProjectFiles files) {
        this.tasks = tasks;
        this.files = files;
    }

    /** What planning found: the FROM line as it is, and either the planned edit or the reason there is none. */
    record Plan(BaseImage base, Optional<FileEdit> edit, boolean atTarget, Optional<Path> lastBackup) {}

    /** Reads the Dockerfile again and plans the change (off the UI thread). */
    public void load(AstroProject project, RuntimeVersion target) {
        this.project = project;
        this.target = target;
        run(Resources.text("step.dockerfile.reading"), () -> plan(), plan -> show(plan, null));
    }

    private Plan plan() throws ProjectException {
        BaseImage base = files.dockerfile(project).base().orElseThrow(() -> new ProjectException(Resources.text("step.dockerfile.noFrom")));
        Optional<Path> lastBackup = files.writer(project).lastBackup();
        if (base.runtimeVersion().filter(target::equals).isPresent()) {
            return new Plan(base, Optional.empty(), true, lastBackup);
        }
        return new Plan(base, Optional.of(files.planRuntimeVersion(project, target.toString())), false, lastBackup);
    }

    /** Writes the planned change: checked against the bytes it was planned on, backed up, atomic. */
    public void apply() {
        if (plannedEdit == null || busy.get()) return;
        FileEdit edit = plannedEdit;
        run(Resources.text("step.dockerfile.writing"), () -> {
            files.apply(project, edit);
            return plan();
        }, plan -> show(plan, State.APPLIED));
    }

    /** Restores the Dockerfile from the last backup, then plans again. */
    public void undo() {
        if (busy.get()) return;
        run(Resources.text("step.dockerfile.undoing"), () -> {
            files.undo(project);
            return plan();
        }, plan -> show(plan, null));
    }

    private interface Work { Plan call() throws Exception; }

    private void run(String message, Work work, java.util.function.Consumer<Plan> onSuccess) {
        busy.set(true);
        problem.set("");
        tasks.start(message, context -> work.call(), new TaskListener<Plan>() {
            @Override
            public void succeeded(Plan result) {
                busy.set(false);
                onSuccess.accept(result);
            }

            @Override
            public void failed(Throwable error) {
                busy.set(false);
                problem.set(error instanceof ProjectException ? error.getMessage() : Resources.text("step.dockerfile.failed", error.getMessage()));
                if (plannedEdit == null) state.set(State.REFUSED);
            }
        });
    }

    private void show(Plan plan, State override) {
        currentFrom.set(fromLine(plan.base().line(), plan.base().fromText()));
        FileEdit applied = plannedEdit;
        plannedEdit = plan.edit().orElse(null);
        canUndo.set(plan.lastBackup().isPresent());
        plan.lastBackup().ifPresentOrElse(dir -> backup.set(dir.toString()), () -> backup.set(""));
        if (override == State.APPLIED && plan.atTarget()) {
            // Keep showing what was written.
            newFrom.set(currentFrom.get());
            currentFrom.set(fromLine(plan.base().line(), oldFromText(applied)));
            notes.setAll(applied.notes());
            state.set(State.APPLIED);
            return;
        }
        if (plan.atTarget()) {
            newFrom.set(currentFrom.get());
            diff.set("");
            notes.setAll(List.of(Resources.text("step.dockerfile.atTarget", target)));
            state.set(State.ALREADY_AT_TARGET);
            return;
        }
        FileEdit edit = plannedEdit;
        newFrom.set(fromLine(plan.base().line(), newFromText(edit)));
        diff.set(edit.diff());
        notes.setAll(edit.notes());
        state.set(State.PLANNED);
    }

    /** The final FROM instruction as the edit leaves it. */
    private static String newFromText(FileEdit edit) {
        return Dockerfile.parse(TextFile.decode(edit.file(), edit.updated())).base().map(BaseImage::fromText).orElse("");
    }

    private static String oldFromText(FileEdit edit) {
        return Dockerfile.parse(edit.original()).base().map(BaseImage::fromText).orElse("");
    }

    private static String fromLine(int line, String fromText) {
        String instruction = fromText.regionMatches(true, 0, "FROM", 0, 4) ? fromText : "FROM " + fromText;
        return Resources.text("step.dockerfile.lineLabel", line, instruction);
    }

    public ObjectProperty<State> stateProperty() { return state; }
    public StringProperty currentFromProperty() { return currentFrom; }
    public StringProperty newFromProperty() { return newFrom; }
    public StringProperty diffProperty() { return diff; }
    public StringProperty problemProperty() { return problem; }
    public StringProperty backupProperty() { return backup; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty canUndoProperty() { return canUndo; }
    public ObservableList<String> notes() { return notes; }
}
