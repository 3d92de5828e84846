package io.astroupgrade.steps;

import io.astroupgrade.tasks.TaskListener;
import io.astroupgrade.tasks.TaskRunner;
import io.astroupgrade.ui.TaskState;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs a safe-writer call off the UI thread with its progress shown; the backup folder or the error comes back. */
public final class FileWrite {

    private FileWrite() {}

    public static void run(TaskRunner tasks, TaskState task, String message, Callable<String> write,
                           Consumer<String> written, Consumer<String> failed) {
        task.starting(message);
        tasks.start(message, context -> write.call(), new TaskListener<String>() {
            @Override
            public void succeeded(String backupDir) {
                task.finished();
                written.accept(backupDir);
            }

            @Override
            public void failed(Throwable error) {
                task.finished();
                failed.accept(error.getMessage());
            }
        });
    }
}
