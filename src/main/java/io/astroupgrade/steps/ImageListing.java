package io.astroupgrade.steps;

import io.astroupgrade.ui.Resources;
import io.astroupgrade.docker.ImageInfo;
import io.astroupgrade.docker.ImageInspector;
import io.astroupgrade.docker.ImagePackages;
import io.astroupgrade.tasks.TaskHandle;
import io.astroupgrade.tasks.TaskListener;
import io.astroupgrade.tasks.TaskRunner;
import io.astroupgrade.ui.TaskState;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The packages of one runtime image, as steps 2 and 6 need them: is the image here, pull it if not
 * (with progress and cancel), then read its pip freeze (cached by image id). All Docker work runs off the UI thread.
 */
public final class ImageListing {

    public enum Phase { IDLE, CHECKING, MISSING, PULLING, LISTING, READY, FAILED }

    private final TaskRunner tasks;
    private final ImageInspector inspector;
    private final TaskState task;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.IDLE);
    private final ObjectProperty<ImagePackages> packages = new SimpleObjectProperty<>(this, "packages");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private String image;

    public ImageListing(TaskRunner tasks, ImageInspector inspector, TaskState task) {
        this.tasks = tasks;
        this.inspector = inspector;
        this.task = task;
    }

    /** Checks whether the image is here; lists its packages when it is, otherwise waits for {@link #pull()}. */
    public void load(String image) {
        if (image != null && image.equals(this.image) && phase.get() == Phase.READY) return;
        this.image = image;
        packages.set(null);
        run(Phase.CHECKING, Resources.text("image.checking", image), context -> inspector.inspect(image),
                (Optional<ImageInfo> info) -> {
                    if (info.isPresent()) list();
                    else phase.set(Phase.MISSING);
                });
    }

    public void pull() {
        run(Phase.PULLING, Resources.text("image.pulling", image), context -> inspector.pull(image, progress -> { }, context),
                info -> list());
    }

    private void list() {
        run(Phase.LISTING, Resources.text("image.listing", image), context -> inspector.packages(image, progress -> { }, context),
                result -> {
                    packages.set(result);
                    phase.set(Phase.READY);
                });
    }

    private <T> void run(Phase running, String message, io.astroupgrade.tasks.TaskRunner.BackgroundWork<T> work,
                         java.util.function.Consumer<T> onSuccess) {
        phase.set(running);
        problem.set("");
        task.starting(message);
        TaskHandle handle = tasks.start(message, work, new TaskListener<T>() {
            @Override
            public void succeeded(T result) {
                task.finished();
                onSuccess.accept(result);
            }

            @Override
            public void failed(Throwable error) {
                task.finished();
                problem.set(String.valueOf(error.getMessage()));
                phase.set(Phase.FAILED);
            }

            @Override
            public void cancelled() {
                task.finished();
                problem.set(Resources.text("image.cancelled"));
                phase.set(Phase.FAILED);
            }

            @Override
            public void progress(double fraction, String text) {
                task.progress(fraction, text);
            }
        });
        if (task.runningProperty().get()) task.attach(handle);
    }

    public String image() { return image; }
    public ObjectProperty<Phase> phaseProperty() { return phase; }
    public ObjectProperty<ImagePackages> packagesProperty() { return packages; }
    public StringProperty problemProperty() { return problem; }
}
