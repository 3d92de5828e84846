package io.astroupgrade.tasks;

/**
 * Runs work off the UI thread and delivers progress, the result or the failure on the UI thread.
 * {@link FxTaskRunner} is the real one; {@link ImmediateTaskRunner} runs inline for deterministic tests.
 */
public interface TaskRunner {

    <T> TaskHandle start(String title, BackgroundWork<T> work, TaskListener<T> listener);

    /** Runs small pieces of code on the UI thread (for completions that arrive from elsewhere). */
    java.util.concurrent.Executor uiExecutor();

    /** Work that reports progress through its context and stops early when it is cancelled. */
    @FunctionalInterface
    interface BackgroundWork<T> {
        T run(TaskContext context) throws Exception;
    }
}
