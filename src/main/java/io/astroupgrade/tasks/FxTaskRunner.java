package io.astroupgrade.tasks;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.LoggerFactory;

/**
 * Runs work on daemon background threads and hands results to the JavaFX thread.
 * Progress is coalesced: at most one pending UI update per task, carrying the latest value.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "background-" + threadCount.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Runnable> uiThread;

    public FxTaskRunner() {
        this(Platform::runLater);
    }

    /** For tests: deliver "UI" callbacks through the given executor. */
    public FxTaskRunner(Consumer<Runnable> uiThread) {
        this.uiThread = uiThread;
    }

    @Override
    public java.util.concurrent.Executor uiExecutor() {
        return uiThread::accept;
    }

    @Override
    public <T> TaskHandle start(String title, BackgroundWork<T> work, TaskListener<T> listener) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Runnable> pendingProgress = new AtomicReference<>();
        TaskContext context = new TaskContext() {
            @Override
            public void progress(double fraction, String message) {
                Runnable update = () -> listener.progress(fraction, message);
                if (pendingProgress.getAndSet(update) == null) {
                    uiThread.accept(() -> {
                        Runnable latest = pendingProgress.getAndSet(null);
                        if (latest != null && !done.get()) latest.run();
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get() || Thread.currentThread().isInterrupted();
            }
        };
        Future<?> future = executor.submit(() -> {
            Runnable outcome;
            try {
                T result = work.run(context);
                outcome = cancelled.get() ? listener::cancelled : () -> listener.succeeded(result);
            } catch (CancellationException | InterruptedException e) {
                outcome = listener::cancelled;
            } catch (Throwable e) {
                if (cancelled.get()) {
                    outcome = listener::cancelled;
                } else {
                    // The logger is looked up only here: setting up logging is not start-up work.
                    LoggerFactory.getLogger(FxTaskRunner.class).warn("Task '{}' failed", title, e);
                    outcome = () -> listener.failed(e);
                }
            }
            Runnable finalOutcome = outcome;
            uiThread.accept(() -> {
                done.set(true);
                finalOutcome.run();
            });
        });
        return new TaskHandle() {
            @Override
            public void cancel() {
                if (cancelled.compareAndSet(false, true)) future.cancel(true);
            }

            @Override
            public boolean isDone() {
                return future.isDone();
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
