package io.astroupgrade.testing;

import io.astroupgrade.docker.DockerEndpoint;
import io.astroupgrade.docker.DockerProblem;
import io.astroupgrade.docker.EngineInfo;
import io.astroupgrade.docker.ImageInfo;
import io.astroupgrade.docker.ImageInspector;
import io.astroupgrade.docker.ImagePackages;
import io.astroupgrade.docker.PipFreeze;
import io.astroupgrade.docker.PullListener;
import io.astroupgrade.tasks.TaskContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory Docker for screen tests: images with a freeze list, some only "in the registry" until pulled.
 * The real engine is covered by the docker package's *DockerTest classes.
 */
public final class FakeImageInspector implements ImageInspector {

    private final Map<String, String> freezes = new HashMap<>();
    private final Set<String> local = new HashSet<>();
    public int pulls;

    /** An image that is present locally with this pip freeze output. */
    public FakeImageInspector local(String image, String freeze) {
        freezes.put(image, freeze);
        local.add(image);
        return this;
    }

    /** An image that exists only in the registry until it is pulled. */
    public FakeImageInspector remote(String image, String freeze) {
        freezes.put(image, freeze);
        return this;
    }

    private ImageInfo info(String image) {
        return new ImageInfo(image, "sha256:" + Integer.toHexString(image.hashCode()), null, 1_000_000, Instant.EPOCH, Map.of());
    }

    @Override
    public DockerEndpoint endpoint() {
        return new DockerEndpoint("unix:///fake/docker.sock", "test", null);
    }

    @Override
    public EngineInfo checkEngine() {
        return new EngineInfo(endpoint(), "test", "1.43", "linux", "amd64");
    }

    @Override
    public Optional<ImageInfo> inspect(String image) {
        return local.contains(image) ? Optional.of(info(image)) : Optional.empty();
    }

    @Override
    public ImageInfo pull(String image, PullListener listener, TaskContext task) {
        pulls++;
        if (!freezes.containsKey(image)) {
            throw new DockerProblem(DockerProblem.Kind.IMAGE_NOT_FOUND, "The image " + image + " was not found in its registry.");
        }
        task.progress(0.5, "Pulling " + image + ": 50%");
        local.add(image);
        return info(image);
    }

    @Override
    public ImagePackages packages(String image, PullListener listener, TaskContext task) {
        ImageInfo info = ensurePresent(image, listener, task);
        return new ImagePackages(info, PipFreeze.parse(freezes.get(image)), false);
    }

    @Override
    public void close() { }
}
