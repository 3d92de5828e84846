package io.astroupgrade.docker;

import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Event;
import io.astroupgrade.tasks.TaskContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real engine for tests tagged {@code docker}: the one the user's settings point at (DOCKER_HOST in CI).
 * Builds small runtime-like images: {@code FROM scratch}, a static busybox, a {@code pip} script that prints
 * a freeze list, and the real runtime labels, tagged with real runtime names.
 */
final class TestDocker {

    /** Start of every skip reason; .ci/run fails when a report contains it. */
    static final String SKIP_REASON = "Docker engine required";
    static final Path BUSYBOX = Path.of("/bin/busybox");
    /** Marks our test images, so that a real image of the same name is never replaced. */
    static final String TEST_IMAGE_LABEL = "io.astroupgrade.test-image";

    private TestDocker() {}

    static DockerImageInspector inspector(Path cacheDir) {
        return new DockerImageInspector(DockerEndpoint.forCurrentUser(), cacheDir, DockerTimeouts.DEFAULT);
    }

    /** Skips the test, with the reason, when no engine answers or busybox is missing. */
    static void assumeEngine(ImageInspector inspector) {
        String reason = whyNoEngine(inspector);
        Assumptions.assumeTrue(reason == null, reason);
    }

    /** Why the docker tests cannot run here, or null when they can. */
    static String whyNoEngine(ImageInspector inspector) {
        try {
            inspector.checkEngine();
        } catch (DockerProblem e) {
            return SKIP_REASON + " (tests tagged 'docker'): " + e.getMessage();
        }
        return Files.isExecutable(BUSYBOX) ? null
                : SKIP_REASON + " with a static busybox at " + BUSYBOX + " (Debian package busybox-static)";
    }

    static String fixture(String name) {
        try (InputStream in = TestDocker.class.getResourceAsStream("freeze/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a runtime-like image whose {@code pip freeze} prints {@code freeze} after {@code delaySeconds},
     * or, when {@code freeze} is null, fails with exit code 2.
     */
    static void buildRuntimeImage(DockerImageInspector inspector, String tag, String freeze,
                                  String runtimeVersion, String airflowVersion, int delaySeconds) {
        buildRuntimeImage(inspector, tag, freeze, runtimeVersion, airflowVersion, delaySeconds, false);
    }

    /** With {@code unique}, every layer is new to the engine (a random first layer), so that a pull downloads them all. */
    static void buildRuntimeImage(DockerImageInspector inspector, String tag, String freeze,
                                  String runtimeVersion, String airflowVersion, int delaySeconds, boolean unique) {
        // On a machine's own engine, never replace a real image of that name.
        inspector.inspect(tag).ifPresent(existing -> Assumptions.assumeTrue(existing.label(TEST_IMAGE_LABEL).isPresent(),
                "A real image named " + tag + " is on this engine and the docker tests would replace it;"
                        + " run them on a private engine (.ci/start-dockerd.sh)"));
        Path context = null;
        try {
            context = Files.createTempDirectory("aw-image-");
            Files.copy(BUSYBOX, context.resolve("busybox"));
            Path pip = context.resolve("pip");
            Files.writeString(pip, "#!/bin/busybox sh\n"
                    + "[ \"$1\" = freeze ] || { echo \"ERROR: this test image only knows 'pip freeze'\" >&2; exit 1; }\n"
                    + (delaySeconds > 0 ? "/bin/busybox sleep " + delaySeconds + "\n" : "")
                    + (freeze == null ? "echo 'ERROR: pip is broken in this test image' >&2; exit 2\n" : "")
                    + "exec /bin/busybox cat /opt/freeze.txt\n");
            Files.setPosixFilePermissions(pip, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(context.resolve("freeze.txt"), freeze == null ? "" : freeze);
            Files.writeString(context.resolve("seed"), UUID.randomUUID().toString());
            Files.writeString(context.resolve("Dockerfile"), "FROM scratch\n"
                    + (unique ? "COPY seed /etc/seed\n" : "")
                    + "COPY busybox /bin/busybox\n"
                    + "COPY pip /usr/local/bin/pip\n"
                    + "COPY freeze.txt /opt/freeze.txt\n"
                    + "ENV PATH=/usr/local/bin:/bin ASTRONOMER_RUNTIME_VERSION=" + runtimeVersion + "\n"
                    + "LABEL " + ImageInfo.RUNTIME_VERSION_LABEL + "=\"" + runtimeVersion + "\" "
                    + ImageInfo.AIRFLOW_VERSION_LABEL + "=\"" + airflowVersion + "\" " + TEST_IMAGE_LABEL + "=true\n");
            inspector.connection().client().buildImageCmd(context.toFile())
                    .withTags(Set.of(tag))
                    .withPull(false)
                    .exec(new BuildImageResultCallback())
                    .awaitImageId(120, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(context);
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    /** Our containers that still exist, running or not. */
    static List<String> leftoverContainers(DockerImageInspector inspector) {
        List<Container> containers = inspector.connection().client().listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of(DockerImageInspector.CONTAINER_LABEL, DockerImageInspector.FREEZE_ROLE))
                .exec();
        List<String> names = new ArrayList<>();
        containers.forEach(c -> names.add(String.join(",", c.getNames()) + " " + c.getState()));
        return names;
    }

    /** How many of our containers the engine created since {@code since}, from its event log. */
    static int containersCreatedSince(DockerImageInspector inspector, Instant since) throws InterruptedException {
        List<Event> events = new ArrayList<>();
        inspector.connection().client().eventsCmd()
                .withSince(timestamp(since))
                .withUntil(timestamp(Instant.now()))
                .withEventTypeFilter("container")
                .withEventFilter("create")
                .withLabelFilter(Map.of(DockerImageInspector.CONTAINER_LABEL, DockerImageInspector.FREEZE_ROLE))
                .exec(new com.github.dockerjava.api.async.ResultCallback.Adapter<Event>() {
                    @Override
                    public void onNext(Event event) { events.add(event); }
                })
                .awaitCompletion(10, TimeUnit.SECONDS);
        return events.size();
    }

    /** The engine's "seconds.nanoseconds" form. */
    private static String timestamp(Instant t) {
        return t.getEpochSecond() + "." + String.format("%09d", t.getNano());
    }

    /** A task that reports itself cancelled once {@code after} has passed. */
    static TaskContext cancelledAfter(Duration after) {
        long at = System.nanoTime() + after.toNanos();
        return new TaskContext() {
            @Override public void progress(double fraction, String message) { }
            @Override public boolean isCancelled() { return System.nanoTime() >= at; }
        };
    }
}
