package io.astroupgrade.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.astroupgrade.tasks.TaskContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** The docker-java inspector against a real engine, on small runtime-like images built once for the class. */
@Tag("docker")
class ImageInspectorDockerTest {

    static final String RUNTIME_9 = "quay.io/astronomer/astro-runtime:9.1.0";
    static final String RUNTIME_12 = "quay.io/astronomer/astro-runtime:12.1.0";
    static final String SLOW = "quay.io/astronomer/astro-runtime:12.1.0-slow-test";
    static final String BROKEN_PIP = "quay.io/astronomer/astro-runtime:12.1.0-broken-test";

    static DockerImageInspector inspector;
    static Path cache;
    static String noEngine;

    @BeforeAll
    static void buildImages(@TempDir Path temp) {
        cache = temp;
        inspector = TestDocker.inspector(temp);
        // Skipping here would hide the tests from the reports; each test skips with the reason instead.
        noEngine = TestDocker.whyNoEngine(inspector);
        try {
            if (noEngine != null) Assumptions.abort(noEngine);
            TestDocker.buildRuntimeImage(inspector, RUNTIME_9, TestDocker.fixture("runtime-9.1.0.txt"), "9.1.0", "2.7.1+astro.1", 0);
            TestDocker.buildRuntimeImage(inspector, RUNTIME_12, TestDocker.fixture("runtime-12.1.0.txt"), "12.1.0", "2.10.2+astro.1", 0);
            TestDocker.buildRuntimeImage(inspector, SLOW, TestDocker.fixture("runtime-12.1.0.txt"), "12.1.0", "2.10.2+astro.1", 60);
            TestDocker.buildRuntimeImage(inspector, BROKEN_PIP, null, "12.1.0", "2.10.2+astro.1", 0);
        } catch (TestAbortedException e) {
            noEngine = e.getMessage();
            System.err.println("Skipping " + ImageInspectorDockerTest.class.getSimpleName() + ": " + noEngine);
        }
    }

    @BeforeEach
    void engineAnswers() {
        Assumptions.assumeTrue(noEngine == null, noEngine);
    }

    @AfterAll
    static void close() {
        if (inspector != null) inspector.close();
    }

    @Test
    void describesTheEngine() {
        EngineInfo engine = inspector.checkEngine();
        assertThat(engine.version()).isNotBlank();
        assertThat(engine.describe()).contains(engine.endpoint().host());
    }

    @Test
    void inspectsALocalImageWithItsRuntimeLabels() {
        ImageInfo image = inspector.inspect(RUNTIME_9).orElseThrow();
        assertThat(image.id()).startsWith("sha256:");
        assertThat(image.runtimeVersion()).contains("9.1.0");
        assertThat(image.airflowVersion()).contains("2.7.1+astro.1");
        assertThat(image.sizeBytes()).isPositive();
        assertThat(image.created()).isBefore(Instant.now().plusSeconds(60));
        assertThat(image.digest()).as("a local build has no registry digest").isNull();
    }

    @Test
    void anImageThatIsNotThereIsEmpty() {
        assertThat(inspector.inspect("quay.io/astronomer/astro-runtime:0.0.1-absent")).isEmpty();
    }

    @Test
    void listsTheProvidersOfAnImage() {
        ImagePackages packages = inspector.packages(RUNTIME_9, PullListener.NONE, TaskContext.NONE);
        assertThat(packages.image().runtimeVersion()).contains("9.1.0");
        assertThat(packages.providers()).hasSize(15)
                .contains(new PipFreeze.Package("apache-airflow-providers-amazon", "8.6.0"));
        assertThat(packages.freeze().versionOf("apache_airflow")).contains("2.7.1+astro.1");
        assertThat(TestDocker.leftoverContainers(inspector)).isEmpty();
    }

    @Test
    void aSecondListingComesFromTheCacheWithoutAContainer() throws Exception {
        ImagePackages first = inspector.packages(RUNTIME_12, PullListener.NONE, TaskContext.NONE);
        Instant afterFirst = Instant.now();
        ImagePackages second = inspector.packages(RUNTIME_12, PullListener.NONE, TaskContext.NONE);

        assertThat(second.fromCache()).isTrue();
        assertThat(second.providers()).isEqualTo(first.providers());
        assertThat(TestDocker.containersCreatedSince(inspector, afterFirst)).isZero();
        // A new inspector on the same cache folder (the next start of the app) also starts none.
        try (DockerImageInspector again = TestDocker.inspector(cache)) {
            assertThat(again.packages(RUNTIME_12, PullListener.NONE, TaskContext.NONE).fromCache()).isTrue();
        }
        assertThat(TestDocker.containersCreatedSince(inspector, afterFirst)).isZero();
    }

    @Test
    void comparesTheProvidersOfTwoImages() {
        PipFreeze from = inspector.packages(RUNTIME_9, PullListener.NONE, TaskContext.NONE).freeze();
        PipFreeze to = inspector.packages(RUNTIME_12, PullListener.NONE, TaskContext.NONE).freeze();
        List<ProviderChange> changes = ProviderChange.providers(from, to);
        assertThat(changes).contains(
                new ProviderChange("apache-airflow-providers-microsoft-azure", "6.3.0", "10.4.0", ProviderChange.Kind.MAJOR_UPGRADE),
                new ProviderChange("apache-airflow-providers-http", "4.5.1", "4.13.0", ProviderChange.Kind.MINOR_UPGRADE),
                new ProviderChange("apache-airflow-providers-fab", null, "1.3.0", ProviderChange.Kind.ADDED));
    }

    @Test
    void cancelDuringTheRunLeavesNoContainer() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> inspector.packages(SLOW, PullListener.NONE, TestDocker.cancelledAfter(Duration.ofMillis(1500))))
                .isInstanceOf(CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(TestDocker.leftoverContainers(inspector)).isEmpty();
    }

    @Test
    void interruptingTheThreadCancelsAndLeavesNoContainer() throws Exception {
        // The UI's task runner cancels by interrupting the worker thread.
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                inspector.packages(SLOW, PullListener.NONE, TaskContext.NONE);
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        worker.start();
        Thread.sleep(1500);
        worker.interrupt();
        worker.join(15_000);
        assertThat(worker.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(CancellationException.class);
        assertThat(TestDocker.leftoverContainers(inspector)).isEmpty();
    }

    @Test
    void aRunPastItsDeadlineIsStoppedAndRemoved(@TempDir Path otherCache) {
        DockerTimeouts tight = new DockerTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMinutes(1));
        try (DockerImageInspector quick = new DockerImageInspector(DockerEndpoint.forCurrentUser(), otherCache, tight)) {
            assertThatThrownBy(() -> quick.packages(SLOW, PullListener.NONE, TaskContext.NONE))
                    .isInstanceOfSatisfying(DockerProblem.class, p -> {
                        assertThat(p.kind()).isEqualTo(DockerProblem.Kind.TIMEOUT);
                        assertThat(p.getMessage()).contains("did not finish within 2 s");
                    });
        }
        assertThat(TestDocker.leftoverContainers(inspector)).isEmpty();
    }

    @Test
    void aFailingPipGivesAPlainErrorAndNoContainer() {
        assertThatThrownBy(() -> inspector.packages(BROKEN_PIP, PullListener.NONE, TaskContext.NONE))
                .isInstanceOfSatisfying(DockerProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(DockerProblem.Kind.COMMAND_FAILED);
                    assertThat(p.getMessage()).contains("exit code 2", "pip is broken in this test image");
                });
        assertThat(TestDocker.leftoverContainers(inspector)).isEmpty();
    }

    @Test
    void aMissingImageWhosePullFailsSaysWhy() {
        List<PullProgress> seen = new ArrayList<>();
        long start = System.nanoTime();
        assertThatThrownBy(() -> inspector.packages("quay.io/astronomer/astro-runtime:0.0.1-absent", seen::add, TaskContext.NONE))
                .isInstanceOfSatisfying(DockerProblem.class, p -> {
                    // No registry is reachable here; with a network the registry says "not found".
                    assertThat(p.kind()).isIn(DockerProblem.Kind.NO_NETWORK, DockerProblem.Kind.IMAGE_NOT_FOUND);
                    assertThat(p.getMessage()).contains("quay.io/astronomer/astro-runtime:0.0.1-absent").doesNotContain("Exception");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aPullFromAnUnreachableRegistryIsANetworkProblem() {
        assertThatThrownBy(() -> inspector.pull("localhost:1/astronomer/astro-runtime:9.1.0", PullListener.NONE, TaskContext.NONE))
                .isInstanceOfSatisfying(DockerProblem.class, p -> assertThat(p.kind()).isEqualTo(DockerProblem.Kind.NO_NETWORK));
    }

    @Test
    void realRuntimeFreezeOutputsFromTheCorpus() throws Exception {
        Path corpus = Path.of(System.getProperty("shared.dir", "../shared"), "corpus/freeze");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
        String old = Files.readString(corpus.resolve("astro-runtime-image_pip-freeze_apache-airflow-2.2.5+astro.6__astro-cli-fixture.txt"));
        String now = Files.readString(corpus.resolve("astro-runtime-image_pip-freeze_apache-airflow-2.6.3+astro.1__astro-cli-fixture.txt"));
        TestDocker.buildRuntimeImage(inspector, "quay.io/astronomer/astro-runtime:4.2.6", old, "4.2.6", "2.2.5+astro.6", 0);
        TestDocker.buildRuntimeImage(inspector, "quay.io/astronomer/astro-runtime:8.7.0", now, "8.7.0", "2.6.3+astro.1", 0);

        ImagePackages from = inspector.packages("quay.io/astronomer/astro-runtime:4.2.6", PullListener.NONE, TaskContext.NONE);
        ImagePackages to = inspector.packages("quay.io/astronomer/astro-runtime:8.7.0", PullListener.NONE, TaskContext.NONE);

        assertThat(from.freeze().size()).isEqualTo(PipFreeze.parse(old).size()).isGreaterThan(200);
        assertThat(to.freeze().versionOf("apache-airflow")).contains("2.6.3+astro.1");
        assertThat(ProviderChange.providers(from.freeze(), to.freeze()))
                .contains(new ProviderChange("apache-airflow-providers-google", "6.7.0", "10.0.0", ProviderChange.Kind.MAJOR_UPGRADE));
    }
}
