package io.astroupgrade.tasks;

/** Callbacks of a task, all called on the UI thread. Only {@link #succeeded} is required. */
@FunctionalInterface
public interface TaskListener<T> {

    void succeeded(T result);

    default void failed(Throwable error) { }

    default void cancelled() { }

    default void progress(double fraction, String message) { }
}
