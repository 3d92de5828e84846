package io.astroupgrade.ui;

import io.astroupgrade.app.Resources;
import io.astroupgrade.tasks.TaskHandle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;

/** Progress of one background task: a bar, what is happening, and a Cancel button. Hidden while idle. */
public final class TaskProgress extends HBox {

    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();
    private final Button cancel = new Button(Resources.text("task.cancel"), Icons.icon(Feather.X_CIRCLE));
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private TaskHandle handle = TaskHandle.DONE;

    public TaskProgress() {
        getStyleClass().add("task-progress");
        bar.setPrefWidth(220);
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        cancel.setId("taskCancelButton");
        cancel.setOnAction(e -> {
            handle.cancel();
            message.setText(Resources.text("task.cancelling"));
            cancel.setDisable(true);
        });
        getChildren().addAll(bar, message, cancel);
        visibleProperty().bind(running);
        managedProperty().bind(running);
    }

    /** Shows the bar for a started task; Cancel cancels that task. */
    public void started(String text, TaskHandle task) {
        handle = task;
        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        message.setText(text);
        cancel.setDisable(false);
        running.set(!task.isDone());
    }

    /** fraction < 0 means indeterminate. */
    public void progress(double fraction, String text) {
        bar.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : Math.min(1, fraction));
        if (text != null && !text.isBlank()) message.setText(text);
    }

    public void finished() {
        running.set(false);
        handle = TaskHandle.DONE;
    }

    public void cancelTask() {
        handle.cancel();
    }

    public BooleanProperty runningProperty() {
        return running;
    }
}
