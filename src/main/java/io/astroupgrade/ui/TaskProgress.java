package io.astroupgrade.ui;

import io.astroupgrade.ui.Resources;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;

/** Shows a {@link TaskState}: a bar, what is happening, and a Cancel button. Hidden while idle. */
public final class TaskProgress extends HBox {

    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();
    private final Button cancel = new Button(Resources.text("task.cancel"), Icons.icon(Feather.X_CIRCLE));

    public TaskProgress() {
        getStyleClass().add("task-progress");
        bar.setPrefWidth(220);
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        cancel.setId("taskCancelButton");
        getChildren().addAll(bar, message, cancel);
        setVisible(false);
        setManaged(false);
    }

    public void show(TaskState state) {
        visibleProperty().bind(state.runningProperty());
        managedProperty().bind(state.runningProperty());
        bar.progressProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> state.progressProperty().get() < 0
                ? ProgressBar.INDETERMINATE_PROGRESS : Math.min(1, state.progressProperty().get()), state.progressProperty()));
        message.textProperty().bind(state.messageProperty());
        cancel.setOnAction(e -> state.cancel());
    }
}
