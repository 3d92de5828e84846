package io.astroupgrade.steps.start;

import io.astroupgrade.app.Resources;
import io.astroupgrade.runtime.TargetCandidate;
import io.astroupgrade.runtime.TargetCheck;
import io.astroupgrade.ui.Icons;
import io.astroupgrade.wizard.Direction;
import io.astroupgrade.wizard.ProjectOpener;
import io.astroupgrade.wizard.UpgradeSession;
import io.astroupgrade.wizard.WizardStep;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.feather.Feather;

/** The start screen: open a project, see what the wizard found, choose the target version. */
public final class StartController implements WizardStep, ProjectOpener {

    private final StartModel model;
    private UpgradeSession session;
    private final Function<Region, Optional<File>> folderChooser;
    private final ReadOnlyBooleanWrapper canAdvance = new ReadOnlyBooleanWrapper(this, "canAdvance");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    @FXML private VBox dropZone;
    @FXML private Button openFolderButton;
    @FXML private Button demoButton;
    @FXML private Label demoNote;
    @FXML private ListView<Path> recentList;
    @FXML private Label errorLabel;
    @FXML private VBox openCard;
    @FXML private VBox projectCard;
    @FXML private VBox emptyCard;
    @FXML private VBox targetCard;
    @FXML private Button changeProjectButton;
    @FXML private Label projectName;
    @FXML private Label projectPath;
    @FXML private Label imageLabel;
    @FXML private Label currentVersionLabel;
    @FXML private Label requirementsLabel;
    @FXML private Label dockerLabel;
    @FXML private Label astroLabel;
    @FXML private Label notesLabel;
    @FXML private TextField targetField;
    @FXML private Label catalogStatus;
    @FXML private Button refreshCatalogButton;
    @FXML private Button latestButton;
    @FXML private ListView<TargetCandidate> targetList;
    @FXML private CheckBox showAllCheck;
    @FXML private CheckBox confirmUnknownCheck;
    @FXML private Label targetMessage;
    @FXML private CheckBox localOnlyCheck;

    /** {@code folderChooser} asks the user for a folder; tests pass one that answers by itself. */
    public StartController(StartModel model, Function<Region, Optional<File>> folderChooser) {
        this.model = model;
        this.folderChooser = folderChooser;
    }

    /** The real chooser: the platform's folder dialog. */
    public static Optional<File> chooseWithDialog(Region owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Resources.text("start.chooserTitle"));
        return Optional.ofNullable(chooser.showDialog(owner.getScene() == null ? null : owner.getScene().getWindow()));
    }

    @FXML
    private void initialize() {
        canAdvance.bind(model.readyBinding());
        busy.bind(model.loadingProperty());
        openFolderButton.setGraphic(Icons.icon(Feather.FOLDER));
        openFolderButton.setOnAction(e -> folderChooser.apply(openFolderButton).ifPresent(f -> model.open(f.toPath())));
        changeProjectButton.setGraphic(Icons.icon(Feather.FOLDER));
        changeProjectButton.setOnAction(e -> model.closeProject());
        demoButton.setGraphic(Icons.icon(Feather.PLAY_CIRCLE));
        demoButton.setOnAction(e -> {
            demoNote.setVisible(true);
            demoNote.setManaged(true);
        });

        recentList.setItems(model.recentProjects());
        recentList.setCellFactory(list -> new RecentCell());
        recentList.setPlaceholder(new Label(Resources.text("start.recent.none")));
        recentList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) openSelectedRecent();
        });
        recentList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                openSelectedRecent();
                e.consume();
            }
        });

        dropZone.setOnDragOver(e -> {
            if (droppedFolder(e.getDragboard().getFiles()).isPresent()) e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            e.consume();
        });
        dropZone.setOnDragDropped(e -> {
            Optional<File> folder = droppedFolder(e.getDragboard().getFiles());
            folder.ifPresent(f -> model.open(f.toPath()));
            e.setDropCompleted(folder.isPresent());
            e.consume();
        });

        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        errorLabel.setGraphic(Icons.icon(Feather.ALERT_TRIANGLE, "icon-danger"));

        targetField.textProperty().bindBidirectional(model.targetTextProperty());
        targetMessage.textProperty().bind(model.targetMessageProperty());
        model.targetProperty().addListener((obs, old, value) -> styleTargetMessage(value != null));
        initTargetChooser();

        model.summaryProperty().addListener((obs, old, summary) -> show(summary));
        show(model.summaryProperty().get());
        model.refreshRecent();
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
        model.candidates().addListener((javafx.collections.ListChangeListener<TargetCandidate>) c -> selectCandidate(model.targetTextProperty().get()));
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
        model.optionsProperty().addListener((obs, old, options) -> {
            Optional<TargetCandidate> latest = options == null ? Optional.empty() : options.latestOverall();
            latestButton.setVisible(latest.isPresent());
            latestButton.setManaged(latest.isPresent());
            latest.ifPresent(c -> {
                latestButton.setText(Resources.text("start.target.latest", c.version()));
                latestButton.setOnAction(e -> model.targetTextProperty().set(c.version().toString()));
            });
        });
        latestButton.setVisible(false);
        latestButton.setManaged(false);
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

    private static Optional<File> droppedFolder(List<File> files) {
        return files.size() == 1 && files.get(0).isDirectory() ? Optional.of(files.get(0)) : Optional.empty();
    }

    private void openSelectedRecent() {
        Path selected = recentList.getSelectionModel().getSelectedItem();
        if (selected != null) model.open(selected);
    }

    /** Opens a folder as if the user had chosen it (command line {@code --project}, tests). */
    @Override
    public void open(Path folder) {
        model.open(folder);
    }

    private void show(ProjectSummary summary) {
        boolean open = summary != null;
        showWhen(open, projectCard, targetCard);
        showWhen(!open, openCard, emptyCard);
        if (!open) return;
        projectName.setText(summary.project().name());
        if (session != null) {
            if (!summary.project().equals(session.project())) session.statuses().clear();
            session.setProject(summary.project());
            session.setStatusLine(Resources.text("status.opened", summary.project().dir(),
                    summary.currentVersion().map(Object::toString).orElse(Resources.text("start.unknown"))));
        }
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

    private static void showWhen(boolean visible, javafx.scene.Node... nodes) {
        for (javafx.scene.Node node : nodes) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
    }

    private static void found(Label label, Optional<Path> program, String missingKey) {
        label.setText(program.map(Path::toString).orElse(Resources.text(missingKey)));
        label.setGraphic(program.isPresent() ? Icons.icon(Feather.CHECK_CIRCLE, "icon-success") : Icons.icon(Feather.ALERT_CIRCLE, "icon-warning"));
    }

    private void styleTargetMessage(boolean valid) {
        targetMessage.getStyleClass().removeAll("text-ok", "text-problem");
        targetMessage.getStyleClass().add(valid ? "text-ok" : "text-problem");
    }

    @Override
    public void onEnter(UpgradeSession session, Direction direction) {
        this.session = session;
        model.refreshRecent();
    }

    @Override
    public CompletionStage<Optional<String>> onLeaveForward(UpgradeSession session) {
        ProjectSummary summary = model.summaryProperty().get();
        if (summary == null || model.targetProperty().get() == null) {
            return CompletableFuture.completedFuture(Optional.of(Resources.text("start.notReady")));
        }
        session.setProject(summary.project());
        session.setCurrentImage(summary.image().orElse(null));
        session.setCurrentVersion(summary.currentVersion().orElse(null));
        session.setCatalog(model.catalogProperty().get());
        session.setTargetConfirmedUnknown(model.checkProperty().get().verdict() == TargetCheck.Verdict.NEEDS_CONFIRMATION);
        session.setTargetVersion(model.targetProperty().get());
        session.setLocalOnly(localOnlyCheck.isSelected());
        return CompletableFuture.completedFuture(Optional.empty());
    }

    @Override
    public ReadOnlyBooleanProperty canAdvanceProperty() { return canAdvance.getReadOnlyProperty(); }

    @Override
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** A target version: version, Airflow version, release date and a status chip; the notes in a tooltip. */
    private static final class CandidateCell extends ListCell<TargetCandidate> {
        private final StartModel model;
    private UpgradeSession session;

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
            HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
            boolean recommended = model.optionsProperty().get() != null && model.optionsProperty().get().recommended()
                    .filter(r -> r.version().equals(candidate.version())).isPresent();
            String status = recommended ? "recommended"
                    : !entry.detailsKnown() ? "observed"
                    : candidate.availability().name().toLowerCase(java.util.Locale.ROOT);
            Label chip = new Label(Resources.text("start.candidate." + status));
            chip.getStyleClass().addAll("chip", "chip-" + status);
            HBox row = new HBox(version, details, spacer, chip);
            row.getStyleClass().add("candidate-row");
            setGraphic(row);
            setText(null);
            if (!candidate.notes().isEmpty()) setTooltip(new javafx.scene.control.Tooltip(String.join("\n", candidate.notes())));
            setDisable(!candidate.selectable());
        }
    }

    private static final class RecentCell extends ListCell<Path> {
        RecentCell() {
            setPrefWidth(0);
            setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        }

        @Override
        protected void updateItem(Path item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(item.getFileName() + "  —  " + item.getParent());
                setTooltip(new javafx.scene.control.Tooltip(item.toString()));
                setGraphic(Icons.icon(Feather.FOLDER));
            }
        }
    }
}
