package io.astroupgrade.ui;

import io.astroupgrade.tasks.TaskHandle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The observable state of one running task, for a step model; {@link TaskProgress} shows it. */
public final class TaskState {

    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private TaskHandle handle = TaskHandle.DONE;

    /** Call before starting the work (which may finish inline in tests), then {@link #attach} its handle. */
    public void starting(String text) {
        progress.set(-1);
        message.set(text);
        running.set(true);
    }

    public void attach(TaskHandle task) {
        handle = task;
    }

    public void progress(double fraction, String text) {
        progress.set(fraction);
        if (text != null && !text.isBlank()) message.set(text);
    }

    public void finished() {
        running.set(false);
        handle = TaskHandle.DONE;
    }

    public void cancel() {
        handle.cancel();
    }

    public BooleanProperty runningProperty() { return running; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty messageProperty() { return message; }
}
