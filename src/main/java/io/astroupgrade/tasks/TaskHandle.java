package io.astroupgrade.tasks;

/** A started task. Cancel interrupts the work; the listener then gets {@code cancelled()}. */
public interface TaskHandle {

    void cancel();

    boolean isDone();

    TaskHandle DONE = new TaskHandle() {
        @Override public void cancel() { }
        @Override public boolean isDone() { return true; }
    };
}
