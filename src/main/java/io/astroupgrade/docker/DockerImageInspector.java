package io.astroupgrade.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.api.model.WaitContainerCondition;
import com.github.dockerjava.api.model.WaitResponse;
import com.github.dockerjava.api.model.Version;
import io.astroupgrade.platform.UserDirs;
import io.astroupgrade.tasks.TaskContext;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** {@link ImageInspector} on docker-java. No docker-java type leaves this class. */
public final class DockerImageInspector implements ImageInspector {

    /** Label on every container we start, so that leftovers can be found. */
    public static final String CONTAINER_LABEL = "io.astroupgrade.role";
    static final String FREEZE_ROLE = "pip-freeze";
    private static final int MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

    private final DockerConnection connection;
    private final DockerTimeouts timeouts;
    private final FreezeCache cache;

    public DockerImageInspector(DockerEndpoint endpoint, Path cacheDir, DockerTimeouts timeouts) {
        this.connection = new DockerConnection(endpoint);
        this.timeouts = timeouts;
        this.cache = new FreezeCache(cacheDir.resolve("pip-freeze"));
    }

    /** The inspector for this user: their Docker endpoint and cache folder. Connects on first use. */
    public static DockerImageInspector forUser(UserDirs dirs) {
        return new DockerImageInspector(DockerEndpoint.forCurrentUser(), dirs.cacheDir(), DockerTimeouts.DEFAULT);
    }

    DockerConnection connection() { return connection; }

    @Override
    public DockerEndpoint endpoint() { return connection.endpoint(); }

    @Override
    public EngineInfo checkEngine() {
        Version v = connection.call("ping the engine", timeouts.ping(), TaskContext.NONE, c -> {
            c.pingCmd().exec();
            return c.versionCmd().exec();
        });
        return new EngineInfo(endpoint(), v.getVersion(), v.getApiVersion(), v.getOperatingSystem(), v.getArch());
    }

    private void ping() {
        connection.call("ping the engine", timeouts.ping(), TaskContext.NONE, c -> c.pingCmd().exec());
    }

    @Override
    public Optional<ImageInfo> inspect(String image) {
        return connection.call("look up the image " + image, timeouts.call(), TaskContext.NONE, c -> {
            try {
                return Optional.of(toImageInfo(image, c.inspectImageCmd(image).exec()));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    private static ImageInfo toImageInfo(String reference, InspectImageResponse r) {
        Map<String, String> labels = r.getConfig() == null ? null : r.getConfig().getLabels();
        return new ImageInfo(reference, r.getId(), digest(reference, r.getRepoDigests()),
                r.getSize() == null ? 0 : r.getSize(), instant(r.getCreated()), labels);
    }

    /** The digest recorded for this repository, else any recorded digest, else null (a local build). */
    private static String digest(String reference, List<String> repoDigests) {
        if (repoDigests == null || repoDigests.isEmpty()) return null;
        String repository = ImageRef.parse(reference).repository();
        String chosen = repoDigests.stream().filter(d -> d.startsWith(repository + "@")).findFirst().orElse(repoDigests.get(0));
        return chosen.substring(chosen.indexOf('@') + 1);
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public ImageInfo pull(String image, PullListener listener, TaskContext task) {
        ImageRef ref = ImageRef.parse(image);
        PullTracker tracker = new PullTracker(image);
        PullCallback callback = new PullCallback(tracker, listener, task);
        task.progress(-1, "Pulling " + image);
        // The engine answers a pull only once the registry has; a ping first tells a silent engine from a slow registry.
        ping();
        try {
            DockerClient client = connection.client();
            client.pullImageCmd(ref.repository()).withTag(ref.tagOrDigest()).exec(callback);
            while (!DockerConnection.await(callback::awaitCompletion, Duration.ofMillis(500), task)) {
                if (callback.idleFor().compareTo(timeouts.pullIdle()) > 0) {
                    connection.reset(client);
                    throw new DockerProblem(DockerProblem.Kind.NO_NETWORK, "Pulling " + image + " made no progress for "
                            + timeouts.pullIdle().toSeconds() + " s.");
                }
            }
        } catch (ExecutionException | RuntimeException e) {
            throw pullFailure(image, e instanceof ExecutionException ? e.getCause() : e);
        } finally {
            closeQuietly(callback);
        }
        if (callback.error != null) throw DockerErrors.pullProblem(image, callback.error, null);
        return inspect(image).orElseThrow(() -> new DockerProblem(DockerProblem.Kind.IMAGE_NOT_FOUND,
                "The pull of " + image + " ended, but the image is not there."));
    }

    private RuntimeException pullFailure(String image, Throwable failure) {
        Throwable error = failure instanceof ResultFailure ? failure.getCause() : failure;
        RuntimeException translated = DockerErrors.translate(error, endpoint(), "pull " + image);
        if (translated instanceof DockerProblem p && p.kind() == DockerProblem.Kind.ENGINE_ERROR) {
            return DockerErrors.pullProblem(image, DockerErrors.engineMessage(error), error);
        }
        return translated;
    }

    @Override
    public ImagePackages packages(String image, PullListener listener, TaskContext task) {
        ImageInfo info = ensurePresent(image, listener, task);
        Optional<String> cached = cache.read(info.id());
        if (cached.isPresent()) return new ImagePackages(info, PipFreeze.parse(cached.get()), true);
        task.progress(-1, "Listing the packages in " + image);
        String output = runPipFreeze(info, task);
        PipFreeze freeze = PipFreeze.parse(output);
        if (!freeze.isEmpty()) cache.write(info.id(), output);
        return new ImagePackages(info, freeze, false);
    }

    /**
     * Runs {@code pip freeze} like {@code docker run --rm --network none <image> pip freeze}: create, attach,
     * wait for removal, start. Unless the run is seen to the end, the container is removed by force.
     */
    private String runPipFreeze(ImageInfo image, TaskContext task) {
        String name = "astro-upgrade-freeze-" + UUID.randomUUID().toString().substring(0, 12);
        String what = "run pip freeze in " + image.reference();
        OutputCallback output = new OutputCallback();
        WaitCallback exit = new WaitCallback();
        boolean finished = false;
        try {
            String id = connection.call("create a container for " + image.reference(), timeouts.call(), task, c -> c
                    .createContainerCmd(image.id())
                    .withName(name)
                    .withCmd("pip", "freeze")
                    .withLabels(Map.of(CONTAINER_LABEL, FREEZE_ROLE))
                    .withNetworkDisabled(true)
                    .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none").withAutoRemove(true))
                    .exec().getId());
            DockerClient client = connection.client();
            client.attachContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(true).exec(output);
            client.waitContainerCmd(id).withCondition(WaitContainerCondition.REMOVED).exec(exit);
            awaitOrFail(client, output::awaitStarted, timeouts.call(), task, what);
            awaitOrFail(client, exit::awaitStarted, timeouts.call(), task, what);
            connection.call("start the container for " + image.reference(), timeouts.call(), task,
                    c -> c.startContainerCmd(id).exec());
            if (!DockerConnection.await(exit::awaitCompletion, timeouts.freeze(), task)) {
                throw new DockerProblem(DockerProblem.Kind.TIMEOUT,
                        "pip freeze in " + image.reference() + " did not finish within " + timeouts.freeze().toSeconds() + " s.");
            }
            awaitOrFail(client, output::awaitCompletion, timeouts.call(), task, what);
            finished = true;
        } catch (ExecutionException | ResultFailure e) {
            throw runFailure(image, e.getCause(), what);
        } catch (DockerProblem e) {
            throw e.kind() == DockerProblem.Kind.ENGINE_ERROR && e.getCause() != null ? runFailure(image, e.getCause(), what) : e;
        } finally {
            closeQuietly(output);
            closeQuietly(exit);
            if (!finished) removeQuietly(name);
        }
        if (exit.statusCode == null || exit.statusCode != 0) {
            String stderr = output.text(StreamType.STDERR).strip();
            throw new DockerProblem(DockerProblem.Kind.COMMAND_FAILED, "pip freeze failed in " + image.reference()
                    + " (exit code " + exit.statusCode + ")" + (stderr.isEmpty() ? "." : ": " + firstLine(stderr)));
        }
        return output.text(StreamType.STDOUT);
    }

    /** A failed run; "executable file not found" means the image has no pip. */
    private RuntimeException runFailure(ImageInfo image, Throwable cause, String what) {
        RuntimeException translated = DockerErrors.translate(cause, endpoint(), what);
        String message = DockerErrors.engineMessage(cause);
        if (translated instanceof DockerProblem p && p.kind() == DockerProblem.Kind.ENGINE_ERROR
                && message.contains("executable file not found")) {
            return new DockerProblem(DockerProblem.Kind.COMMAND_FAILED,
                    "The image " + image.reference() + " has no pip command (" + message + ").", cause);
        }
        return translated;
    }

    /** Waits for a stream; when the engine does not answer in time, closes the client so that its threads end. */
    private void awaitOrFail(DockerClient client, DockerConnection.Waitable waitable, Duration deadline, TaskContext task,
                             String what) throws ExecutionException {
        if (!DockerConnection.await(waitable, deadline, task)) {
            connection.reset(client);
            throw DockerErrors.noAnswer(endpoint(), what, null);
        }
    }

    /**
     * Removes a container by name, by force; a container that is gone (or going) already is fine.
     * Runs even when the thread was interrupted to cancel the task (the interrupt is kept for the caller).
     */
    private void removeQuietly(String name) {
        boolean interrupted = Thread.interrupted();
        try {
            connection.call("remove the container " + name, timeouts.call(), TaskContext.NONE, c -> {
                try {
                    c.removeContainerCmd(name).withForce(true).exec();
                } catch (NotFoundException | ConflictException alreadyGone) {
                    // removed by auto-remove, or being removed
                }
                return null;
            });
        } catch (RuntimeException e) {
            // Nothing more we can do; the container has auto-remove set and no network.
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed or broken
        }
    }

    @Override
    public void close() {
        connection.close();
    }

    /** A failure reported through a result callback (the engine refused, or the stream broke). */
    private static final class ResultFailure extends RuntimeException {
        ResultFailure(Throwable cause) { super(cause); }
    }

    /**
     * Base for our callbacks, with waits in slices that rethrow the callback's error as {@link ResultFailure}.
     * (docker-java's own timed awaitCompletion closes the stream when the time is up, so it cannot be sliced.)
     */
    private abstract static class Callback<T> extends ResultCallback.Adapter<T> {
        private final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile Throwable failure;

        @Override
        public void onStart(Closeable stream) {
            super.onStart(stream);
            started.countDown();
        }

        /** Keeps the error for the waiting thread; docker-java's own handler would log it with a stack trace. */
        @Override
        public void onError(Throwable throwable) {
            if (failure == null) failure = throwable;
            started.countDown();
            done.countDown();
            closeQuietly(this);
        }

        @Override
        public void onComplete() {
            done.countDown();
            super.onComplete();
        }

        boolean awaitStarted(long millis) throws InterruptedException {
            return await(started, millis);
        }

        boolean awaitCompletion(long millis) throws InterruptedException {
            return await(done, millis);
        }

        private boolean await(CountDownLatch latch, long millis) throws InterruptedException {
            boolean reached = latch.await(millis, TimeUnit.MILLISECONDS);
            if (failure != null) throw new ResultFailure(failure);
            return reached;
        }
    }

    private static final class OutputCallback extends Callback<Frame> {
        private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        @Override
        public synchronized void onNext(Frame frame) {
            ByteArrayOutputStream target = frame.getStreamType() == StreamType.STDERR ? stderr : stdout;
            byte[] payload = frame.getPayload();
            if (payload != null && target.size() + payload.length <= MAX_OUTPUT_BYTES) target.write(payload, 0, payload.length);
        }

        synchronized String text(StreamType type) {
            return (type == StreamType.STDERR ? stderr : stdout).toString(StandardCharsets.UTF_8);
        }
    }

    private static final class WaitCallback extends Callback<WaitResponse> {
        private volatile Integer statusCode;

        @Override
        public void onNext(WaitResponse response) {
            statusCode = response.getStatusCode();
        }
    }

    private static final class PullCallback extends Callback<PullResponseItem> {
        private final PullTracker tracker;
        private final PullListener listener;
        private final TaskContext task;
        private volatile long lastActivity = System.nanoTime();
        private volatile String error;

        PullCallback(PullTracker tracker, PullListener listener, TaskContext task) {
            this.tracker = tracker;
            this.listener = listener;
            this.task = task;
        }

        @Override
        public void onNext(PullResponseItem item) {
            lastActivity = System.nanoTime();
            if (item.getErrorDetail() != null || item.getError() != null) {
                error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                        ? item.getErrorDetail().getMessage() : item.getError();
                return;
            }
            ResponseItem.ProgressDetail detail = item.getProgressDetail();
            PullProgress progress = tracker.accept(item.getId(), item.getStatus(),
                    detail == null ? null : detail.getCurrent(), detail == null ? null : detail.getTotal());
            task.progress(progress.fraction(), "Pulling " + progress.image() + ": " + progress.describe());
            listener.progress(progress);
        }

        Duration idleFor() {
            return Duration.ofNanos(System.nanoTime() - lastActivity);
        }
    }
}
