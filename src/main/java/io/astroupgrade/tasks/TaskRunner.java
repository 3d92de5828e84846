package io.astroupgrade.tasks;

/**
 * Runs work off the UI thread and delivers progress, the result or the failure on the UI thread.
 * {@link FxTaskRunner} is the real one; {@link ImmediateTaskRunner} runs inline for deterministic tests.
 */
public interface TaskRunner {

    <T> TaskHandle start(String title, BackgroundWork<T> work, TaskListener<T> listener);

    /** Work that reports progress through its context and stops early when it is cancelled. */
    @FunctionalInterface
    interface BackgroundWork<T> {
        T run(TaskContext context) throws Exception;
    }
}
