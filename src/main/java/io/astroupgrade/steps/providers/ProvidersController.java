package io.astroupgrade.steps.providers;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.docker.ProviderChange;
import io.astroupgrade.steps.ImageListing;
import io.astroupgrade.steps.ManualStepController;
import io.astroupgrade.ui.ChipCell;
import io.astroupgrade.ui.EditPreview;
import io.astroupgrade.ui.Icons;
import io.astroupgrade.ui.ManualStepPane;
import io.astroupgrade.ui.TaskProgress;
import io.astroupgrade.wizard.Direction;
import io.astroupgrade.wizard.StepId;
import io.astroupgrade.wizard.StepNavigator;
import io.astroupgrade.wizard.UpgradeSession;
import io.astroupgrade.wizard.WizardStep;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** Step 6: move, keep or remove each provider pin for the target image, then test again in step 5. */
public final class ProvidersController implements WizardStep {

    private final ProvidersStepModel model;
    private final ReadOnlyBooleanWrapper canAdvance = new ReadOnlyBooleanWrapper(this, "canAdvance");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private StepNavigator navigator = step -> { };

    @FXML private Label currentImageLabel;
    @FXML private Label targetImageLabel;
    @FXML private Label currentStatus;
    @FXML private Label targetStatus;
    @FXML private Button pullButton;
    @FXML private TaskProgress taskProgress;
    @FXML private Label problemLabel;
    @FXML private VBox tableBox;
    @FXML private Label summaryLabel;
    @FXML private TableView<ProviderUpgradeItem> upgradeTable;
    @FXML private TableColumn<ProviderUpgradeItem, String> nameColumn;
    @FXML private TableColumn<ProviderUpgradeItem, String> pinnedColumn;
    @FXML private TableColumn<ProviderUpgradeItem, String> currentColumn;
    @FXML private TableColumn<ProviderUpgradeItem, String> targetColumn;
    @FXML private TableColumn<ProviderUpgradeItem, ProviderChange.Kind> changeColumn;
    @FXML private TableColumn<ProviderUpgradeItem, ProviderUpgradeItem.Action> actionColumn;
    @FXML private Button planButton;
    @FXML private EditPreview previewBox;
    @FXML private HBox retestBox;
    @FXML private Button goToStep5Button;
    @FXML private Label backupLabel;
    @FXML private ManualStepPane manual;

    public ProvidersController(ProvidersStepModel model) {
        this.model = model;
    }

    @Override
    public void attach(StepNavigator navigator) {
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        manual.setAutomated(true);
        taskProgress.show(model.task());
        busy.bind(model.task().runningProperty());
        var compared = model.target().phaseProperty().isEqualTo(ImageListing.Phase.READY);
        canAdvance.bind(busy.not().and(compared.or(model.writtenProperty())));

        targetImageLabel.textProperty().bind(model.targetImageProperty());
        currentStatus.textProperty().bind(phaseText(model.current()));
        targetStatus.textProperty().bind(phaseText(model.target()));
        pullButton.setGraphic(Icons.icon(Feather.DOWNLOAD));
        var missing = model.current().phaseProperty().isEqualTo(ImageListing.Phase.MISSING)
                .or(model.target().phaseProperty().isEqualTo(ImageListing.Phase.MISSING));
        pullButton.visibleProperty().bind(missing);
        pullButton.managedProperty().bind(missing);
        pullButton.setOnAction(e -> model.pull());

        var problems = Bindings.createStringBinding(() -> String.join("\n", Stream.of(model.current().problemProperty().get(),
                        model.target().problemProperty().get(), model.problemProperty().get()).filter(p -> !p.isBlank()).distinct().toList()),
                model.current().problemProperty(), model.target().problemProperty(), model.problemProperty());
        problemLabel.textProperty().bind(problems);
        problemLabel.visibleProperty().bind(problems.isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        problemLabel.setGraphic(Icons.icon(Feather.ALERT_TRIANGLE, "icon-danger"));

        tableBox.visibleProperty().bind(compared.and(model.previewProperty().isNull()));
        tableBox.managedProperty().bind(tableBox.visibleProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        upgradeTable.setItems(model.rows());
        upgradeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        upgradeTable.setEditable(true);
        upgradeTable.setPlaceholder(new Label(Resources.text("step.providers.noPins")));
        upgradeTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ProviderUpgradeItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("risky-row");
                if (!empty && item != null && item.isRisky()) getStyleClass().add("risky-row");
            }
        });
        nameColumn.setCellValueFactory(new PropertyValueFactory<>("name"));
        pinnedColumn.setCellValueFactory(new PropertyValueFactory<>("pinned"));
        currentColumn.setCellValueFactory(new PropertyValueFactory<>("currentImageVersion"));
        targetColumn.setCellValueFactory(new PropertyValueFactory<>("targetImageVersion"));
        changeColumn.setCellValueFactory(new PropertyValueFactory<>("change"));
        changeColumn.setCellFactory(column -> new ChipCell<>("step.providers.change", "change"));
        actionColumn.setCellValueFactory(c -> c.getValue().actionProperty());
        actionColumn.setCellFactory(ChoiceBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(ProviderUpgradeItem.Action action) {
                return action == null ? "" : Resources.text("step.providers.action." + action.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public ProviderUpgradeItem.Action fromString(String text) {
                return null;
            }
        }, ProviderUpgradeItem.Action.values()));
        actionColumn.setEditable(true);

        planButton.setGraphic(Icons.icon(Feather.EYE));
        planButton.setOnAction(e -> model.planChanges());
        planButton.disableProperty().bind(busy.or(Bindings.isEmpty(model.rows())));
        previewBox.setHeading(Resources.text("step.pin.preview"));
        model.previewProperty().addListener((obs, old, edit) -> previewBox.show(edit));
        previewBox.onWrite(model::applyPreview, busy);
        previewBox.onBack(model::cancelPreview);

        retestBox.visibleProperty().bind(model.writtenProperty());
        retestBox.managedProperty().bind(retestBox.visibleProperty());
        goToStep5Button.setGraphic(Icons.icon(Feather.CORNER_UP_LEFT));
        goToStep5Button.setOnAction(e -> navigator.goBackTo(StepId.LOCAL_TEST));
        backupLabel.textProperty().bind(Bindings.createStringBinding(() -> model.backupProperty().get().isEmpty() ? ""
                : Resources.text("step.pin.backupAt", model.backupProperty().get()), model.backupProperty()));
    }

    private static javafx.beans.binding.StringBinding phaseText(ImageListing listing) {
        return Bindings.createStringBinding(() -> Resources.text("image.phase." + listing.phaseProperty().get().name().toLowerCase(Locale.ROOT)),
                listing.phaseProperty());
    }

    @Override
    public void onEnter(UpgradeSession session, Direction direction) {
        manual.setCommand(ManualStepController.manualCommand(StepId.PROVIDERS, session));
        currentImageLabel.setText(session.currentImage() == null ? Resources.text("start.unknown") : session.currentImage());
        model.load(session.project(), session.currentImage(), session.targetVersion());
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
