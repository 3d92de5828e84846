package io.astroupgrade.steps.review;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.runtime.RuntimeCatalog;
import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.runtime.considerations.ConsiderationEngine;
import io.astroupgrade.runtime.considerations.ConsiderationReport;
import io.astroupgrade.runtime.considerations.ConsiderationResult;
import io.astroupgrade.tasks.TaskListener;
import io.astroupgrade.tasks.TaskRunner;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Step 1's logic: evaluate the considerations for the upgrade against the project (off the UI thread)
 * and track which breaking items the user has acknowledged.
 */
public final class ReviewStepModel {

    private final TaskRunner tasks;
    private final Supplier<ConsiderationEngine> engine;
    private final ObjectProperty<ConsiderationReport> report = new SimpleObjectProperty<>(this, "report");
    private final ObservableSet<String> acknowledged = FXCollections.observableSet(new HashSet<>());
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BooleanBinding complete;
    private Object evaluatedFor;

    /** {@code engine} is asked for lazily, on the background thread: loading the rules is not start-up work. */
    public ReviewStepModel(TaskRunner tasks, Supplier<ConsiderationEngine> engine) {
        this.tasks = tasks;
        this.engine = engine;
        complete = Bindings.createBooleanBinding(() -> report.get() != null && report.get().results().stream()
                .filter(ConsiderationResult::needsAcknowledgement)
                .allMatch(r -> acknowledged.contains(r.item().id())), report, acknowledged);
    }

    /** Evaluates again unless the same upgrade of the same project was already evaluated. */
    public void evaluate(Path projectDir, RuntimeCatalog catalog, RuntimeVersion current, RuntimeVersion target) {
        Object key = java.util.List.of(projectDir, Objects.toString(current), Objects.toString(target));
        if (key.equals(evaluatedFor) && report.get() != null) return;
        busy.set(true);
        problem.set("");
        tasks.start("Review considerations", context -> engine.get().evaluate(projectDir, catalog, current, target),
                new TaskListener<ConsiderationReport>() {
                    @Override
                    public void succeeded(ConsiderationReport result) {
                        busy.set(false);
                        evaluatedFor = key;
                        acknowledged.clear();
                        report.set(result);
                    }

                    @Override
                    public void failed(Throwable error) {
                        busy.set(false);
                        problem.set(Resources.text("step.review.failed", String.valueOf(error.getMessage())));
                    }
                });
    }

    public void acknowledge(String id, boolean read) {
        if (read) acknowledged.add(id);
        else acknowledged.remove(id);
    }

    public ObjectProperty<ConsiderationReport> reportProperty() { return report; }
    public ObservableSet<String> acknowledged() { return acknowledged; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty problemProperty() { return problem; }
    /** True once every breaking item that may apply is acknowledged. */
    public BooleanBinding completeBinding() { return complete; }
}
