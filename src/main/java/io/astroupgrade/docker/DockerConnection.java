package io.astroupgrade.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.astroupgrade.tasks.TaskContext;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One docker-java client for one endpoint, created on first use, and calls with a hard deadline.
 * On unix sockets the HTTP response timeout does not apply, so a hung engine would block a call forever:
 * every call runs on a helper thread, and on timeout the client is closed (which breaks the blocked read)
 * and replaced on the next call.
 */
final class DockerConnection implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final long SLICE_MS = 50;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final DockerEndpoint endpoint;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "docker-call-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private DockerClient client;

    DockerConnection(DockerEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    DockerEndpoint endpoint() { return endpoint; }

    synchronized DockerClient client() {
        if (client == null) {
            try {
                client = open(endpoint);
            } catch (RuntimeException e) {
                // For example ssh:// hosts, which this transport cannot use, or TLS files that cannot be read.
                throw new DockerProblem(DockerProblem.Kind.UNSUPPORTED_ENDPOINT, "Cannot connect to Docker at " + endpoint
                        + ": " + DockerErrors.engineMessage(e) + ".", e);
            }
        }
        return client;
    }

    private static DockerClient open(DockerEndpoint endpoint) {
        DefaultDockerClientConfig.Builder builder = new DefaultDockerClientConfig.Builder().withDockerHost(endpoint.host());
        if (endpoint.tlsCertDir() != null) {
            builder.withDockerTlsVerify(true).withDockerCertPath(endpoint.tlsCertDir().toString());
        } else {
            builder.withDockerTlsVerify(false);
        }
        DockerClientConfig config = builder.build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(CONNECT_TIMEOUT)
                .maxConnections(20)
                .build();
        return DockerClientImpl.getInstance(config, http);
    }

    /** Closes the client if it is still the current one, so that calls blocked on it end. */
    synchronized void reset(DockerClient stale) {
        if (client != stale || client == null) return;
        client = null;
        try {
            stale.close();
        } catch (Exception ignored) {
            // closing is best effort; the next call opens a new client
        }
    }

    /**
     * Runs {@code call} with a deadline. Timeout: closes the client and throws {@link DockerProblem} (NO_ANSWER).
     * Cancel: throws {@link java.util.concurrent.CancellationException}. Failures are translated for {@code what}.
     */
    <T> T call(String what, Duration deadline, TaskContext task, Function<DockerClient, T> call) {
        DockerClient current = client();
        Future<T> future = calls.submit(() -> call.apply(current));
        try {
            boolean done = await(ms -> {
                try {
                    future.get(ms, TimeUnit.MILLISECONDS);
                    return true;
                } catch (TimeoutException e) {
                    return false;
                }
            }, deadline, task);
            if (!done) {
                future.cancel(true);
                reset(current);
                throw DockerErrors.noAnswer(endpoint, what, null);
            }
            return future.get();
        } catch (ExecutionException e) {
            throw DockerErrors.translate(e.getCause(), endpoint, what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Cancelled");
        } catch (RuntimeException e) {
            future.cancel(true);
            throw e;
        }
    }

    /** Something that can be waited on for a while: returns true once done. */
    interface Waitable {
        boolean await(long millis) throws InterruptedException, ExecutionException;
    }

    /**
     * Waits in short slices until done (true) or the deadline passes (false).
     * Throws {@link CancellationException} as soon as the task is cancelled or the thread interrupted.
     */
    static boolean await(Waitable waitable, Duration deadline, TaskContext task) throws ExecutionException {
        long end = System.nanoTime() + deadline.toNanos();
        try {
            while (true) {
                task.checkCancelled();
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) return false;
                if (waitable.await(Math.min(left, SLICE_MS))) return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Cancelled");
        }
    }

    @Override
    public synchronized void close() {
        reset(client);
        calls.shutdownNow();
    }
}
