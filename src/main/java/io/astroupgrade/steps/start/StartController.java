package io.astroupgrade.steps.start;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.ui.ViewLoader;
import io.astroupgrade.runtime.TargetCheck;
import io.astroupgrade.ui.Icons;
import io.astroupgrade.wizard.Direction;
import io.astroupgrade.wizard.ProjectOpener;
import io.astroupgrade.wizard.UpgradeSession;
import io.astroupgrade.wizard.WizardStep;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.feather.Feather;

/** The start screen: open a project; once one is open, {@link ProjectChoiceController} shows it and the target chooser. */
public final class StartController implements WizardStep, ProjectOpener {

    private final StartModel model;
    private UpgradeSession session;
    private final Function<Region, Optional<File>> folderChooser;
    private final ViewLoader views;
    private final ReadOnlyBooleanWrapper canAdvance = new ReadOnlyBooleanWrapper(this, "canAdvance");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    @FXML private HBox startView;
    @FXML private VBox openCard;
    @FXML private VBox emptyCard;
    @FXML private VBox dropZone;
    @FXML private Button openFolderButton;
    @FXML private Button demoButton;
    @FXML private Label demoNote;
    @FXML private VBox recentList;
    @FXML private Label recentNone;
    @FXML private Label errorLabel;
    private Parent projectChoice;

    /** {@code folderChooser} asks the user for a folder; tests pass one that answers by itself. */
    public StartController(StartModel model, Function<Region, Optional<File>> folderChooser, ViewLoader views) {
        this.model = model;
        this.folderChooser = folderChooser;
        this.views = views;
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
        demoButton.setGraphic(Icons.icon(Feather.PLAY_CIRCLE));
        demoButton.setOnAction(e -> {
            demoNote.setVisible(true);
            demoNote.setManaged(true);
        });
        model.recentProjects().addListener((ListChangeListener<Path>) c -> showRecent());

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

        model.summaryProperty().addListener((obs, old, summary) -> show(summary));
        show(model.summaryProperty().get());
    }

    private static Optional<File> droppedFolder(List<File> files) {
        return files.size() == 1 && files.get(0).isDirectory() ? Optional.of(files.get(0)) : Optional.empty();
    }

    /** One button per remembered project (at most {@link io.astroupgrade.platform.RecentProjects#MAX}): a click opens it. */
    private void showRecent() {
        List<Node> rows = new ArrayList<>();
        for (Path project : model.recentProjects()) {
            Button open = new Button(project.getFileName() + "  \u2014  " + project.getParent(), Icons.icon(Feather.FOLDER));
            open.getStyleClass().addAll("flat", "recent-project");
            open.setMnemonicParsing(false);
            open.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            open.setMaxWidth(Double.MAX_VALUE);
            open.setOnAction(e -> model.open(project));
            rows.add(open);
        }
        if (rows.isEmpty()) rows.add(recentNone);
        recentList.getChildren().setAll(rows);
    }

    /** Opens a folder as if the user had chosen it (command line {@code --project}, tests). */
    @Override
    public void open(Path folder) {
        model.open(folder);
    }

    private void show(ProjectSummary summary) {
        boolean open = summary != null;
        if (open && projectChoice == null) {
            projectChoice = views.load(ProjectChoiceController.class).root();
            startView.getChildren().add(projectChoice);
        }
        showWhen(!open, openCard, emptyCard);
        if (projectChoice != null) showWhen(open, projectChoice);
        if (!open || session == null) return;
        if (!summary.project().equals(session.project())) session.statuses().clear();
        session.setProject(summary.project());
        session.setStatusLine(Resources.text("status.opened", summary.project().dir(),
                summary.currentVersion().map(Object::toString).orElse(Resources.text("start.unknown"))));
    }

    private static void showWhen(boolean visible, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
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
        session.setLocalOnly(model.localOnlyProperty().get());
        return CompletableFuture.completedFuture(Optional.empty());
    }

    @Override
    public ReadOnlyBooleanProperty canAdvanceProperty() { return canAdvance.getReadOnlyProperty(); }

    @Override
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
