package io.astroupgrade.tasks;

/** What running work sees of its task: a place to report progress and the cancel flag. */
public interface TaskContext {

    /** fraction in [0,1], or a negative number for "indeterminate". */
    void progress(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link java.util.concurrent.CancellationException} once the task is cancelled. */
    default void checkCancelled() {
        if (isCancelled()) throw new java.util.concurrent.CancellationException("Cancelled");
    }

    /** A context for calls made outside any task (command line, tests): never cancelled, progress ignored. */
    TaskContext NONE = new TaskContext() {
        @Override public void progress(double fraction, String message) { }
        @Override public boolean isCancelled() { return false; }
    };
}
