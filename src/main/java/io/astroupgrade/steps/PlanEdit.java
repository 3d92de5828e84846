package io.astroupgrade.steps;

import io.astroupgrade.project.FileEdit;
import io.astroupgrade.tasks.TaskListener;
import io.astroupgrade.tasks.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Plans a file edit (reading the file) off the UI thread; the edit or the reason it was refused comes back. */
public final class PlanEdit {

    private PlanEdit() {}

    public static void run(TaskRunner tasks, Callable<FileEdit> plan, Consumer<FileEdit> planned, Consumer<String> refused) {
        tasks.start("Plan a file change", context -> plan.call(), new TaskListener<FileEdit>() {
            @Override
            public void succeeded(FileEdit edit) {
                planned.accept(edit);
            }

            @Override
            public void failed(Throwable error) {
                refused.accept(error.getMessage());
            }
        });
    }
}
