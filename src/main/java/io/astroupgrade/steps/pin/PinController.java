package io.astroupgrade.steps.pin;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.project.ProviderPins;
import io.astroupgrade.steps.ImageListing;
import io.astroupgrade.steps.ManualStepController;
import io.astroupgrade.ui.ChipCell;
import io.astroupgrade.ui.EditPreview;
import io.astroupgrade.ui.Icons;
import io.astroupgrade.ui.ManualStepPane;
import io.astroupgrade.ui.TaskProgress;
import io.astroupgrade.wizard.Direction;
import io.astroupgrade.wizard.StepId;
import io.astroupgrade.wizard.UpgradeSession;
import io.astroupgrade.wizard.WizardStep;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Step 2: the providers of the current image, their requirements.txt status, and pinning the chosen ones. */
public final class PinController implements WizardStep {

    private final PinStepModel model;
    private final ReadOnlyBooleanWrapper canAdvance = new ReadOnlyBooleanWrapper(this, "canAdvance");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    @FXML private Label imageLabel;
    @FXML private Label imageStatus;
    @FXML private Button pullButton;
    @FXML private TaskProgress taskProgress;
    @FXML private Label problemLabel;
    @FXML private VBox tableBox;
    @FXML private TextField filterField;
    @FXML private TableView<ProviderRowItem> providerTable;
    @FXML private TableColumn<ProviderRowItem, Boolean> selectColumn;
    @FXML private TableColumn<ProviderRowItem, String> nameColumn;
    @FXML private TableColumn<ProviderRowItem, String> versionColumn;
    @FXML private TableColumn<ProviderRowItem, String> requirementColumn;
    @FXML private TableColumn<ProviderRowItem, ProviderPins.Status> statusColumn;
    @FXML private Button selectAllButton;
    @FXML private Button selectNoneButton;
    @FXML private CheckBox replaceRangesCheck;
    @FXML private Button pinButton;
    @FXML private Button undoButton;
    @FXML private EditPreview previewBox;
    @FXML private Label backupLabel;
    @FXML private ManualStepPane manual;

    public PinController(PinStepModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        manual.setAutomated(true);
        ImageListing listing = model.listing();
        taskProgress.show(model.task());
        busy.bind(model.task().runningProperty());
        canAdvance.bind(busy.not().and(listing.phaseProperty().isEqualTo(ImageListing.Phase.READY).or(model.writtenProperty())));

        imageStatus.textProperty().bind(Bindings.createStringBinding(() -> Resources.text(
                "image.phase." + listing.phaseProperty().get().name().toLowerCase(Locale.ROOT)), listing.phaseProperty()));
        pullButton.setGraphic(Icons.icon(Feather.DOWNLOAD));
        pullButton.visibleProperty().bind(listing.phaseProperty().isEqualTo(ImageListing.Phase.MISSING));
        pullButton.managedProperty().bind(pullButton.visibleProperty());
        pullButton.setOnAction(e -> model.pull());

        var problems = Bindings.createStringBinding(() -> String.join("\n",
                java.util.stream.Stream.of(listing.problemProperty().get(), model.problemProperty().get()).filter(p -> !p.isBlank()).toList()),
                listing.problemProperty(), model.problemProperty());
        problemLabel.textProperty().bind(problems);
        problemLabel.visibleProperty().bind(problems.isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        problemLabel.setGraphic(Icons.icon(Feather.ALERT_TRIANGLE, "icon-danger"));

        // The preview takes the table's place, so that its buttons are in view.
        tableBox.visibleProperty().bind(listing.phaseProperty().isEqualTo(ImageListing.Phase.READY).and(model.previewProperty().isNull()));
        tableBox.managedProperty().bind(tableBox.visibleProperty());
        FilteredList<ProviderRowItem> filtered = new FilteredList<>(model.rows(), r -> true);
        filterField.textProperty().addListener((obs, old, text) -> filtered.setPredicate(row ->
                text == null || text.isBlank() || row.getName().contains(text.strip().toLowerCase(Locale.ROOT))));
        SortedList<ProviderRowItem> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(providerTable.comparatorProperty());
        providerTable.setItems(sorted);
        providerTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        providerTable.setEditable(true);
        providerTable.setPlaceholder(new Label(Resources.text("step.pin.noProviders")));
        selectColumn.setCellValueFactory(c -> c.getValue().selectedProperty());
        selectColumn.setCellFactory(CheckBoxTableCell.forTableColumn(selectColumn));
        selectColumn.setEditable(true);
        nameColumn.setCellValueFactory(new PropertyValueFactory<>("name"));
        versionColumn.setCellValueFactory(new PropertyValueFactory<>("imageVersion"));
        requirementColumn.setCellValueFactory(new PropertyValueFactory<>("requirement"));
        statusColumn.setCellValueFactory(new PropertyValueFactory<>("status"));
        statusColumn.setCellFactory(column -> new ChipCell<>("step.pin.status", "pin"));

        selectAllButton.setOnAction(e -> model.selectAll(true));
        selectNoneButton.setOnAction(e -> model.selectAll(false));
        replaceRangesCheck.selectedProperty().bindBidirectional(model.replaceRangesProperty());
        pinButton.setGraphic(Icons.icon(Feather.LOCK));
        pinButton.setOnAction(e -> model.planPins());
        pinButton.disableProperty().bind(busy);
        undoButton.setGraphic(Icons.icon(Feather.ROTATE_CCW));
        undoButton.setOnAction(e -> model.undo());
        undoButton.disableProperty().bind(model.canUndoProperty().not().or(busy));

        previewBox.setHeading(Resources.text("step.pin.preview"));
        model.previewProperty().addListener((obs, old, edit) -> previewBox.show(edit));
        previewBox.onWrite(model::applyPreview, busy);
        previewBox.onBack(model::cancelPreview);
        backupLabel.textProperty().bind(Bindings.createStringBinding(() -> model.backupProperty().get().isEmpty() ? ""
                : Resources.text("step.pin.backupAt", model.backupProperty().get()), model.backupProperty()));
    }

    @Override
    public void onEnter(UpgradeSession session, Direction direction) {
        manual.setCommand(ManualStepController.manualCommand(StepId.PIN, session));
        imageLabel.setText(session.currentImage() == null ? Resources.text("start.unknown") : session.currentImage());
        model.load(session.project(), session.currentImage());
    }

    @Override
    public Optional<String> cancelVeto() {
        return busy.get() ? Optional.of(Resources.text("step.pin.busyVeto")) : Optional.empty();
    }

    @Override
    public void stopWork() {
        model.task().cancel();
    }

    @Override
    public ReadOnlyBooleanProperty canAdvanceProperty() { return canAdvance.getReadOnlyProperty(); }

    @Override
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
