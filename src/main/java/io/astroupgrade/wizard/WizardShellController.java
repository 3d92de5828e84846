package io.astroupgrade.wizard;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.ui.Theme;
import io.astroupgrade.ui.ViewLoader;
import io.astroupgrade.ui.Dialogs;
import io.astroupgrade.ui.Icons;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;

/**
 * The window's frame: the step list, the current step's view and the buttons. It owns navigation
 * (through {@link StepFlow}) and asks the current {@link WizardStep} only whether it may advance.
 */
public final class WizardShellController {

    /** A loaded step: its view, cached so that Back keeps what the user entered, and its controller. */
    private record LoadedStep(Parent view, WizardStep controller) {}

    private final ViewLoader viewLoader;
    private final UpgradeSession session;
    private final Dialogs dialogs;
    private final Executor ui;
    private final Map<StepId, Class<? extends WizardStep>> stepControllers;
    private final Map<StepId, LoadedStep> loaded = new EnumMap<>(StepId.class);
    private final StepFlow flow = new StepFlow();
    private final BooleanProperty leaving = new SimpleBooleanProperty(this, "leaving");
    private Theme theme = Theme.LIGHT;

    @FXML private VBox stepList;
    @FXML private Label sidebarProject;
    @FXML private Button themeToggle;
    @FXML private Label stepCounter;
    @FXML private Label stepTitle;
    @FXML private StackPane content;
    @FXML private Label leaveError;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button skipButton;
    @FXML private Button cancelButton;
    @FXML private Label statusBar;

    public WizardShellController(ViewLoader viewLoader, UpgradeSession session, Dialogs dialogs, Executor ui,
                                 Map<StepId, Class<? extends WizardStep>> stepControllers) {
        this.viewLoader = viewLoader;
        this.session = session;
        this.dialogs = dialogs;
        this.ui = ui;
        this.stepControllers = Map.copyOf(stepControllers);
    }

    @FXML
    private void initialize() {
        session.statuses().addListener((MapChangeListener<StepId, StepStatus>) change -> renderStepList());
        session.localOnlyProperty().addListener((obs, old, value) -> {
            renderStepList();
            updateHeader();
        });
        sidebarProject.textProperty().bind(Bindings.createStringBinding(
                () -> session.project() == null ? Resources.text("shell.noProject") : session.project().name(),
                session.projectProperty()));

        themeToggle.setOnAction(e -> toggleTheme());
        showThemeToggle();
        backButton.setGraphic(Icons.icon(Feather.ARROW_LEFT));
        nextButton.setGraphic(Icons.icon(Feather.ARROW_RIGHT));
        nextButton.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        skipButton.setGraphic(Icons.icon(Feather.SKIP_FORWARD));
        backButton.setOnAction(e -> back());
        nextButton.setOnAction(e -> next());
        skipButton.setOnAction(e -> skip());
        cancelButton.setOnAction(e -> cancel());
        leaveError.setGraphic(Icons.icon(Feather.ALERT_TRIANGLE, "icon-danger"));
        leaveError.visibleProperty().bind(leaveError.textProperty().isNotEmpty());
        leaveError.managedProperty().bind(leaveError.visibleProperty());
        statusBar.textProperty().bind(session.statusLineProperty());
        session.setStatusLine(Resources.text("status.ready"));
        session.targetVersionProperty().addListener((obs, old, target) -> {
            if (session.project() != null && target != null) {
                session.setStatusLine(Resources.text("status.project", session.project().dir(),
                        session.currentVersion() == null ? Resources.text("start.unknown") : session.currentVersion(), target));
            }
        });
        show(StepId.START, Direction.FORWARD);
    }

    /** Opens a project on the start screen, as if the user had chosen it ({@code --project}). */
    public void openProject(Path folder) {
        if (flow.current() != StepId.START) return;
        if (current().controller() instanceof ProjectOpener opener) opener.open(folder);
    }

    public StepId currentStep() {
        return flow.current();
    }

    private LoadedStep current() {
        return loaded.get(flow.current());
    }

    private LoadedStep load(StepId step) {
        return loaded.computeIfAbsent(step, id -> {
            Class<? extends WizardStep> type = stepControllers.get(id);
            if (type == null) throw new IllegalStateException("No controller for step " + id);
            ViewLoader.View<? extends WizardStep> view = viewLoader.load(type);
            view.controller().attach(this::goBackTo);
            return new LoadedStep(view.root(), view.controller());
        });
    }

    private void show(StepId step, Direction direction) {
        LoadedStep target = load(step);
        content.getChildren().setAll(target.view());
        leaveError.setText("");
        if (step != StepId.START && session.status(step) != StepStatus.DONE) session.statuses().put(step, StepStatus.CURRENT);
        target.controller().onEnter(session, direction);
        WizardStep controller = target.controller();
        nextButton.disableProperty().bind(controller.canAdvanceProperty().not().or(controller.busyProperty()).or(leaving));
        backButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !flow.canGoBack(), leaving).or(controller.busyProperty()).or(leaving));
        skipButton.setVisible(step.isOptional());
        skipButton.setManaged(step.isOptional());
        skipButton.disableProperty().bind(controller.busyProperty().or(leaving));
        cancelButton.setDisable(step == StepId.START);
        updateHeader();
        renderStepList();
    }

    private void updateHeader() {
        StepId step = flow.current();
        List<StepId> route = StepFlow.route(session.isLocalOnly());
        if (step == StepId.START) {
            stepCounter.setText(Resources.text("shell.gettingStarted"));
        } else {
            stepCounter.setText(Resources.text("shell.stepCounter", step.number(), route.size() - 1,
                    step.isOptional() ? Resources.text("shell.optional") : ""));
        }
        stepTitle.setText(Resources.text(step.titleKey()));
        boolean last = flow.isLast(session.isLocalOnly());
        nextButton.setText(Resources.text(last ? "button.finish" : "button.next"));
    }

    void next() {
        if (nextButton.isDisabled()) return;
        StepId step = flow.current();
        leaving.set(true);
        current().controller().onLeaveForward(session).whenCompleteAsync((error, failure) -> {
            leaving.set(false);
            if (failure != null) {
                leaveError.setText(Resources.text("shell.leaveFailed", String.valueOf(failure.getMessage())));
            } else if (error.isPresent()) {
                leaveError.setText(error.get());
            } else {
                advance(step, StepStatus.DONE);
            }
        }, ui);
    }

    void skip() {
        if (!flow.current().isOptional() || skipButton.isDisabled()) return;
        advance(flow.current(), StepStatus.SKIPPED);
    }

    private void advance(StepId step, StepStatus status) {
        if (step != StepId.START) session.statuses().put(step, status);
        if (flow.isLast(session.isLocalOnly())) {
            finish();
            return;
        }
        show(flow.next(session.isLocalOnly()), Direction.FORWARD);
    }

    private void finish() {
        session.setStatusLine(Resources.text("status.finished", session.project().name(), session.targetVersion()));
        dialogs.confirm(Resources.text("shell.finished.title"),
                Resources.text("shell.finished.text", session.project().name(), session.targetVersion()),
                Resources.text("button.ok"));
        restart();
    }

    void back() {
        if (!flow.canGoBack() || backButton.isDisabled()) return;
        StepId leavingStep = flow.current();
        if (session.status(leavingStep) == StepStatus.CURRENT) session.statuses().remove(leavingStep);
        show(flow.back(), Direction.BACK);
    }

    /** Back through the history to {@code step}, as if Back were pressed until it shows. */
    void goBackTo(StepId step) {
        if (!flow.visited(step)) return;
        while (flow.current() != step) back();
    }

    void cancel() {
        if (flow.current() == StepId.START) return;
        Optional<String> veto = current().controller().cancelVeto();
        String message = veto.map(v -> v + "\n\n" + Resources.text("shell.cancel.text")).orElse(Resources.text("shell.cancel.text"));
        if (dialogs.confirm(Resources.text("shell.cancel.title"), message, Resources.text("shell.cancel.confirm"))) {
            restart();
            session.setStatusLine(Resources.text("status.cancelled"));
        }
    }

    private void restart() {
        stopAllWork();
        flow.restart();
        session.statuses().clear();
        show(StepId.START, Direction.BACK);
    }

    /** Asked when the window closes: stops running work after confirming with the user if something runs. */
    public boolean confirmClose() {
        Optional<String> veto = loaded.values().stream().map(s -> s.controller().cancelVeto()).flatMap(Optional::stream).findFirst();
        if (veto.isPresent() && !dialogs.confirm(Resources.text("shell.close.title"), veto.get(), Resources.text("shell.close.confirm"))) {
            return false;
        }
        stopAllWork();
        return true;
    }

    public void stopAllWork() {
        loaded.values().forEach(s -> s.controller().stopWork());
    }

    private void toggleTheme() {
        theme = theme.other();
        theme.apply(stepList.getScene());
        showThemeToggle();
    }

    /** The toggle offers the other theme: a label rather than a tooltip, so that it needs no hovering to be understood. */
    private void showThemeToggle() {
        themeToggle.setGraphic(Icons.icon(theme == Theme.DARK ? Feather.SUN : Feather.MOON));
        themeToggle.setText(Resources.text(theme == Theme.DARK ? "shell.theme.light" : "shell.theme.dark"));
    }

    /** Rebuilds the step list: a row per step with a number badge, title, hint and status. Eight rows, no need to virtualise. */
    private void renderStepList() {
        stepList.getChildren().setAll(StepFlow.route(false).stream().filter(s -> s != StepId.START).map(this::stepRow).toList());
    }

    /**
     * A row of plain {@link Text} nodes rather than Labels: nothing in it is focusable or truncated, and eight rows of
     * Labels (each with its own skin) cost a measurable part of the first frame.
     */
    private HBox stepRow(StepId step) {
        StepStatus status = session.status(step);
        boolean excluded = session.isLocalOnly() && step.isAstroOnly();
        StackPane badge = new StackPane(switch (status) {
            case DONE -> Icons.icon(Feather.CHECK);
            case SKIPPED -> Icons.icon(Feather.CORNER_DOWN_RIGHT);
            default -> styledText(String.valueOf(step.number()), "step-number");
        });
        badge.getStyleClass().add("step-badge");
        String title = Resources.text(step.titleKey());
        String hint = status == StepStatus.SKIPPED ? Resources.text("shell.hint.skipped")
                : excluded ? Resources.text("shell.hint.localOnly")
                : step.isOptional() ? Resources.text("shell.hint.optional") : null;
        VBox text = new VBox(new TextFlow(styledText(title, "step-name")));
        if (hint != null) text.getChildren().add(new TextFlow(styledText(hint, "step-hint")));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(badge, text);
        row.getStyleClass().add("step-row");
        row.setId("step-" + step.key());
        if (excluded) row.getStyleClass().add("step-excluded");
        else if (step == flow.current()) row.getStyleClass().add("step-current");
        else if (status == StepStatus.DONE) row.getStyleClass().add("step-done");
        else if (status == StepStatus.SKIPPED) row.getStyleClass().add("step-skipped");
        return row;
    }

    private static Text styledText(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        return text;
    }
}
