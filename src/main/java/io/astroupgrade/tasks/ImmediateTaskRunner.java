package io.astroupgrade.tasks;

import java.util.concurrent.CancellationException;

/** Runs the work inline on the calling thread; used by tests so that results are deterministic. */
public final class ImmediateTaskRunner implements TaskRunner {

    @Override
    public java.util.concurrent.Executor uiExecutor() {
        return Runnable::run;
    }

    @Override
    public <T> TaskHandle start(String title, BackgroundWork<T> work, TaskListener<T> listener) {
        TaskContext context = new TaskContext() {
            @Override public void progress(double fraction, String message) { listener.progress(fraction, message); }
            @Override public boolean isCancelled() { return false; }
        };
        T result;
        try {
            result = work.run(context);
        } catch (CancellationException | InterruptedException e) {
            listener.cancelled();
            return TaskHandle.DONE;
        } catch (Exception | LinkageError e) {
            listener.failed(e);
            return TaskHandle.DONE;
        }
        listener.succeeded(result);
        return TaskHandle.DONE;
    }
}
