package io.astroupgrade.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.PushResponseItem;
import io.astroupgrade.tasks.TaskContext;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * Real pulls from a private registry on loopback (Debian's docker-registry, started here; the engine trusts
 * 127.0.0.1 without TLS): per-layer progress, a missing tag, cancel, and listing an image that is not local yet.
 */
@Tag("docker")
class PullDockerTest {

    static final Path REGISTRY_BINARY = Path.of("/usr/bin/docker-registry");

    static DockerImageInspector inspector;
    static Process registry;
    static String repository;
    static String skip;

    @BeforeAll
    static void startRegistryAndPush(@TempDir Path temp) throws Exception {
        inspector = TestDocker.inspector(temp.resolve("cache"));
        try {
            TestDocker.assumeEngine(inspector);
            Assumptions.assumeTrue(Files.isExecutable(REGISTRY_BINARY),
                    TestDocker.SKIP_REASON + " and a registry at " + REGISTRY_BINARY + " (Debian package docker-registry)");
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Path config = temp.resolve("registry.yml");
            Files.writeString(config, "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: "
                    + temp.resolve("registry-data") + "\nhttp:\n  addr: 127.0.0.1:" + port + "\n");
            registry = new ProcessBuilder(REGISTRY_BINARY.toString(), "serve", config.toString())
                    .redirectErrorStream(true).redirectOutput(temp.resolve("registry.log").toFile()).start();
            waitUntilAnswers("http://127.0.0.1:" + port + "/v2/");
            repository = "127.0.0.1:" + port + "/astronomer/astro-runtime";
            pushFreshImage(repository + ":9.1.0");
        } catch (TestAbortedException e) {
            skip = e.getMessage();
            System.err.println("Skipping " + PullDockerTest.class.getSimpleName() + ": " + skip);
        }
    }

    /** Builds an image whose layers are all new, pushes it, and deletes it locally, so that a pull downloads every layer. */
    static void pushFreshImage(String reference) throws InterruptedException {
        TestDocker.buildRuntimeImage(inspector, reference, TestDocker.fixture("runtime-9.1.0.txt"), "9.1.0", "2.7.1+astro.1", 0, true);
        ImageRef ref = ImageRef.parse(reference);
        inspector.connection().client().pushImageCmd(ref.repository()).withTag(ref.tagOrDigest())
                .exec(new ResultCallback.Adapter<PushResponseItem>()).awaitCompletion(60, TimeUnit.SECONDS);
        inspector.connection().client().removeImageCmd(reference).withForce(true).exec();
    }

    static void waitUntilAnswers(String url) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < end) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(500);
                if (c.getResponseCode() == 200) return;
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the test registry did not start; see registry.log");
    }

    @BeforeEach
    void ready() {
        Assumptions.assumeTrue(skip == null, skip);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (registry != null) {
            registry.destroy();
            registry.waitFor(10, TimeUnit.SECONDS);
        }
        if (inspector != null) inspector.close();
    }

    @Test
    void pullsWithPerLayerProgress() {
        List<PullProgress> seen = new CopyOnWriteArrayList<>();
        List<Double> fractions = new CopyOnWriteArrayList<>();
        TaskContext task = new TaskContext() {
            @Override public void progress(double fraction, String message) { fractions.add(fraction); }
            @Override public boolean isCancelled() { return false; }
        };
        ImageInfo image = inspector.pull(repository + ":9.1.0", seen::add, task);

        assertThat(image.runtimeVersion()).contains("9.1.0");
        assertThat(image.digest()).startsWith("sha256:");
        PullProgress last = seen.get(seen.size() - 1);
        assertThat(last.layers()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(l -> assertThat(l.status()).isEqualTo("Pull complete"));
        assertThat(last.totalBytes()).isPositive();
        assertThat(last.percent()).isEqualTo(100);
        assertThat(seen).anySatisfy(p -> assertThat(p.layers()).anySatisfy(l -> assertThat(l.status()).startsWith("Downloading")));
        assertThat(fractions).contains(1.0);
    }

    @Test
    void listingAnImageThatIsNotLocalPullsItFirst() throws InterruptedException {
        String reference = repository + ":12.1.0";
        pushFreshImage(reference);
        assertThat(inspector.inspect(reference)).isEmpty();
        ImagePackages packages = inspector.packages(reference, PullListener.NONE, TaskContext.NONE);
        assertThat(packages.fromCache()).isFalse();
        assertThat(packages.providers()).hasSize(15);
        assertThat(inspector.inspect(reference)).isPresent();
    }

    @Test
    void aTagTheRegistryDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> inspector.pull(repository + ":0.0.1", PullListener.NONE, TaskContext.NONE))
                .isInstanceOfSatisfying(DockerProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(DockerProblem.Kind.IMAGE_NOT_FOUND);
                    assertThat(p.getMessage()).contains(repository + ":0.0.1", "Check the image name and tag");
                });
    }

    @Test
    void aCancelledPullStops() throws InterruptedException {
        String reference = repository + ":13.0.0";
        pushFreshImage(reference);
        assertThatThrownBy(() -> inspector.pull(reference, PullListener.NONE, TestDocker.cancelledAfter(Duration.ZERO)))
                .isInstanceOf(CancellationException.class);
    }
}
