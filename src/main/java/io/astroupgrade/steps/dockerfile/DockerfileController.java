package io.astroupgrade.steps.dockerfile;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.steps.ManualStepController;
import io.astroupgrade.ui.DiffView;
import io.astroupgrade.ui.Icons;
import io.astroupgrade.ui.ManualStepPane;
import io.astroupgrade.wizard.Direction;
import io.astroupgrade.wizard.StepId;
import io.astroupgrade.wizard.UpgradeSession;
import io.astroupgrade.wizard.WizardStep;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Step 4: shows the FROM change as a diff, writes it safely on request, and can undo it. */
public final class DockerfileController implements WizardStep {

    private final DockerfileStepModel model;
    private final ReadOnlyBooleanWrapper canAdvance = new ReadOnlyBooleanWrapper(this, "canAdvance");

    @FXML private Label currentFromName;
    @FXML private Label newFromName;
    @FXML private Label currentFromLabel;
    @FXML private Label newFromLabel;
    @FXML private DiffView diffView;
    @FXML private Label previewHeading;
    @FXML private VBox notesBox;
    @FXML private Label problemLabel;
    @FXML private Label doneLabel;
    @FXML private Button applyButton;
    @FXML private Button undoButton;
    @FXML private Button refreshButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label backupLabel;
    @FXML private ManualStepPane manual;

    public DockerfileController(DockerfileStepModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        manual.setAutomated(true);
        currentFromLabel.textProperty().bind(model.currentFromProperty());
        var written = model.stateProperty().isEqualTo(DockerfileStepModel.State.APPLIED);
        currentFromName.textProperty().bind(Bindings.when(written).then(Resources.text("step.dockerfile.before")).otherwise(Resources.text("step.dockerfile.current")));
        newFromName.textProperty().bind(Bindings.when(written).then(Resources.text("step.dockerfile.written")).otherwise(Resources.text("step.dockerfile.new")));
        newFromLabel.textProperty().bind(model.newFromProperty());
        model.diffProperty().addListener((obs, old, diff) -> diffView.setDiff(diff));
        diffView.visibleProperty().bind(model.diffProperty().isNotEmpty());
        diffView.managedProperty().bind(diffView.visibleProperty());
        previewHeading.visibleProperty().bind(diffView.visibleProperty());
        previewHeading.managedProperty().bind(diffView.visibleProperty());
        model.notes().addListener((javafx.collections.ListChangeListener<String>) change -> showNotes());
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        problemLabel.setGraphic(Icons.icon(Feather.ALERT_TRIANGLE, "icon-danger"));

        var atTarget = Bindings.createBooleanBinding(() -> model.stateProperty().get() == DockerfileStepModel.State.APPLIED
                || model.stateProperty().get() == DockerfileStepModel.State.ALREADY_AT_TARGET, model.stateProperty());
        doneLabel.visibleProperty().bind(atTarget);
        doneLabel.managedProperty().bind(atTarget);
        doneLabel.setGraphic(Icons.icon(Feather.CHECK_CIRCLE, "icon-success"));
        canAdvance.bind(atTarget.and(model.busyProperty().not()));

        applyButton.setGraphic(Icons.icon(Feather.EDIT_3));
        applyButton.disableProperty().bind(model.stateProperty().isNotEqualTo(DockerfileStepModel.State.PLANNED).or(model.busyProperty()));
        applyButton.setOnAction(e -> model.apply());
        undoButton.setGraphic(Icons.icon(Feather.ROTATE_CCW));
        undoButton.disableProperty().bind(model.canUndoProperty().not().or(model.busyProperty()));
        undoButton.setOnAction(e -> model.undo());
        refreshButton.setGraphic(Icons.icon(Feather.REFRESH_CW));
        refreshButton.disableProperty().bind(model.busyProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        backupLabel.textProperty().bind(Bindings.createStringBinding(() -> model.backupProperty().get().isEmpty()
                ? Resources.text("step.dockerfile.noBackup")
                : Resources.text("step.dockerfile.backupAt", model.backupProperty().get()), model.backupProperty()));
    }

    private void showNotes() {
        notesBox.getChildren().setAll(model.notes().stream().map(note -> {
            Label label = new Label(note, Icons.icon(Feather.INFO));
            label.setWrapText(true);
            label.getStyleClass().add("note");
            return label;
        }).toList());
    }

    @Override
    public void onEnter(UpgradeSession session, Direction direction) {
        manual.setCommand(ManualStepController.manualCommand(StepId.DOCKERFILE, session));
        refreshButton.setOnAction(e -> model.load(session.project(), session.targetVersion()));
        model.load(session.project(), session.targetVersion());
    }

    @Override
    public Optional<String> cancelVeto() {
        return model.busyProperty().get() ? Optional.of(Resources.text("step.dockerfile.busyVeto")) : Optional.empty();
    }

    @Override
    public ReadOnlyBooleanProperty canAdvanceProperty() { return canAdvance.getReadOnlyProperty(); }

    @Override
    public ReadOnlyBooleanProperty busyProperty() { return model.busyProperty(); }
}
