package io.astroupgrade.docker;

import io.astroupgrade.tasks.TaskContext;
import java.util.Optional;

/**
 * What the wizard needs from Docker: is the engine there, is an image present, pull it, and which
 * packages it ships. Every method blocks, has a deadline, and must be called off the UI thread.
 * Failures are {@link DockerProblem}s with a plain message and a suggested fix; a cancelled
 * {@link TaskContext} ends a call with {@link java.util.concurrent.CancellationException}.
 */
public interface ImageInspector extends AutoCloseable {

    /** Where the engine is expected (from DOCKER_HOST, the docker CLI's context, or the platform defaults). */
    DockerEndpoint endpoint();

    /** Pings the engine (3 s deadline) and describes it. */
    EngineInfo checkEngine();

    /** The image if it is present locally, else empty. Never pulls. */
    Optional<ImageInfo> inspect(String image);

    /** Pulls the image, reporting per-layer progress, and returns it. Cancel stops the pull. */
    ImageInfo pull(String image, PullListener listener, TaskContext task);

    /** The local image, pulled first when it is not present. */
    default ImageInfo ensurePresent(String image, PullListener listener, TaskContext task) {
        Optional<ImageInfo> local = inspect(image);
        return local.isPresent() ? local.get() : pull(image, listener, task);
    }

    /**
     * The packages in the image ({@code pip freeze}), pulling it first when needed. The list is cached by image id,
     * so asking again for the same image starts no container. Otherwise {@code pip freeze} runs in a throw-away
     * container without network that is always removed, also on cancel, timeout or failure.
     */
    ImagePackages packages(String image, PullListener listener, TaskContext task);

    @Override
    void close();
}
