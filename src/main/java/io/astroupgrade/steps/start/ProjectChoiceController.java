package io.astroupgrade.steps.start;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.runtime.TargetCandidate;
import io.astroupgrade.runtime.TargetCheck;
import io.astroupgrade.ui.Icons;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/**
 * The part of the start screen shown once a project is open: what the wizard found, and the target chooser.
 * It shares the start screen's {@link StartModel}; the start screen loads it when the first project opens.
 */
public final class ProjectChoiceController {

    private final StartModel model;

    @FXML private Button changeProjectButton;
    @FXML private Label projectName;
    @FXML private Label projectPath;
    @FXML private Label imageLabel;
    @FXML private Label currentVersionLabel;
    @FXML private Label requirementsLabel;
    @FXML private Label dockerLabel;
    @FXML private Label astroLabel;
    @FXML private Label notesLabel;
    @FXML private CheckBox localOnlyCheck;
    @FXML private TextField targetField;
    @FXML private Label catalogStatus;
    @FXML private Button refreshCatalogButton;
    @FXML private Button latestButton;
    @FXML private ListView<TargetCandidate> targetList;
    @FXML private CheckBox showAllCheck;
    @FXML private CheckBox confirmUnknownCheck;
    @FXML private Label targetMessage;

    public ProjectChoiceController(StartModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        changeProjectButton.setGraphic(Icons.icon(Feather.FOLDER));
        changeProjectButton.setOnAction(e -> model.closeProject());
        localOnlyCheck.selectedProperty().bindBidirectional(model.localOnlyProperty());
        targetField.textProperty().bindBidirectional(model.targetTextProperty());
        targetMessage.textProperty().bind(model.targetMessageProperty());
        model.targetProperty().addListener((obs, old, value) -> styleTargetMessage(value != null));
        initTargetChooser();
        model.summaryProperty().addListener((obs, old, summary) -> show(summary));
        show(model.summaryProperty().get());
    }

    private void initTargetChooser() {
        targetList.setItems(model.candidates());
        targetList.setCellFactory(list -> new CandidateCell(model));
        targetList.setPlaceholder(new Label(Resources.text("start.target.noCandidates")));
        targetList.getSelectionModel().selectedItemProperty().addListener((obs, old, candidate) -> {
            if (candidate != null && !candidate.version().toString().equals(model.targetTextProperty().get())) {
                model.targetTextProperty().set(candidate.version().toString());
            }
        });
        model.targetTextProperty().addListener((obs, old, text) -> selectCandidate(text));
        model.candidates().addListener((ListChangeListener<TargetCandidate>) c -> selectCandidate(model.targetTextProperty().get()));
        showAllCheck.selectedProperty().bindBidirectional(model.showAllVersionsProperty());
        confirmUnknownCheck.selectedProperty().bindBidirectional(model.unknownConfirmedProperty());
        confirmUnknownCheck.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.checkProperty().get() != null
                && model.checkProperty().get().verdict() == TargetCheck.Verdict.NEEDS_CONFIRMATION, model.checkProperty()));
        confirmUnknownCheck.managedProperty().bind(confirmUnknownCheck.visibleProperty());
        confirmUnknownCheck.textProperty().bind(Bindings.createStringBinding(() -> model.checkProperty().get() == null
                || model.checkProperty().get().target() == null ? ""
                : Resources.text("start.target.confirmUnknown", model.checkProperty().get().target()), model.checkProperty()));
        catalogStatus.textProperty().bind(Bindings.createStringBinding(() -> model.catalogProperty().get() == null ? ""
                : model.catalogProperty().get().status().text(), model.catalogProperty()));
        refreshCatalogButton.setGraphic(Icons.icon(Feather.REFRESH_CW));
        refreshCatalogButton.setOnAction(e -> model.refreshCatalog());
        refreshCatalogButton.disableProperty().bind(model.loadingProperty());
        latestButton.setGraphic(Icons.icon(Feather.CHEVRONS_UP));
        model.optionsProperty().addListener((obs, old, options) -> showLatest(options == null ? Optional.empty() : options.latestOverall()));
        showLatest(model.optionsProperty().get() == null ? Optional.empty() : model.optionsProperty().get().latestOverall());
        selectCandidate(model.targetTextProperty().get());
    }

    private void showLatest(Optional<TargetCandidate> latest) {
        latestButton.setVisible(latest.isPresent());
        latestButton.setManaged(latest.isPresent());
        latest.ifPresent(c -> {
            latestButton.setText(Resources.text("start.target.latest", c.version()));
            latestButton.setOnAction(e -> model.targetTextProperty().set(c.version().toString()));
        });
    }

    private void selectCandidate(String text) {
        for (TargetCandidate candidate : model.candidates()) {
            if (candidate.version().toString().equals(text == null ? "" : text.strip())) {
                targetList.getSelectionModel().select(candidate);
                targetList.scrollTo(candidate);
                return;
            }
        }
        targetList.getSelectionModel().clearSelection();
    }

    private void show(ProjectSummary summary) {
        if (summary == null) return;
        projectName.setText(summary.project().name());
        projectPath.setText(summary.project().dir().toString());
        imageLabel.setText(summary.image().orElse(Resources.text("start.unknown")));
        currentVersionLabel.setText(summary.currentVersion()
                .map(v -> Resources.text("start.versionWithAirflow", v, v.airflowMajor()))
                .orElse(Resources.text("start.unknown")));
        requirementsLabel.setText(Resources.text(summary.hasRequirements() ? "start.requirements.present" : "start.requirements.absent"));
        found(dockerLabel, summary.docker(), "start.docker.missing");
        found(astroLabel, summary.astro(), "start.astro.missing");
        notesLabel.setText(String.join("\n", summary.notes()));
        notesLabel.setVisible(!summary.notes().isEmpty());
        notesLabel.setManaged(!summary.notes().isEmpty());
        if (model.targetTextProperty().get().isBlank()) targetField.requestFocus();
    }

    private static void found(Label label, Optional<Path> program, String missingKey) {
        label.setText(program.map(Path::toString).orElse(Resources.text(missingKey)));
        label.setGraphic(program.isPresent() ? Icons.icon(Feather.CHECK_CIRCLE, "icon-success") : Icons.icon(Feather.ALERT_CIRCLE, "icon-warning"));
    }

    private void styleTargetMessage(boolean valid) {
        targetMessage.getStyleClass().removeAll("text-ok", "text-problem");
        targetMessage.getStyleClass().add(valid ? "text-ok" : "text-problem");
    }

    /** A target version: version, Airflow version, release date and a status chip; the notes in a tooltip. */
    private static final class CandidateCell extends ListCell<TargetCandidate> {
        private final StartModel model;

        CandidateCell(StartModel model) {
            this.model = model;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TargetCandidate candidate, boolean empty) {
            super.updateItem(candidate, empty);
            setDisable(false);
            setTooltip(null);
            if (empty || candidate == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label version = new Label(candidate.version().toString());
            version.getStyleClass().add("candidate-version");
            var entry = candidate.entry();
            String airflow = entry.airflowVersion() == null ? Resources.text("start.unknown") : entry.airflowVersion();
            String released = entry.releaseDate() == null ? "" : "  \u00b7  " + entry.releaseDate();
            Label details = new Label(Resources.text("start.candidate.details", airflow) + released);
            details.getStyleClass().add("muted");
            details.setMinWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            boolean recommended = model.optionsProperty().get() != null && model.optionsProperty().get().recommended()
                    .filter(r -> r.version().equals(candidate.version())).isPresent();
            String status = recommended ? "recommended"
                    : !entry.detailsKnown() ? "observed"
                    : candidate.availability().name().toLowerCase(Locale.ROOT);
            Label chip = new Label(Resources.text("start.candidate." + status));
            chip.getStyleClass().addAll("chip", "chip-" + status);
            HBox row = new HBox(version, details, spacer, chip);
            row.getStyleClass().add("candidate-row");
            setGraphic(row);
            setText(null);
            if (!candidate.notes().isEmpty()) setTooltip(new Tooltip(String.join("\n", candidate.notes())));
            setDisable(!candidate.selectable());
        }
    }
}
