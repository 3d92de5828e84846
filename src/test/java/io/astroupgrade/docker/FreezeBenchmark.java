package io.astroupgrade.docker;

import io.astroupgrade.tasks.TaskContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark, not a test (run by bench/freeze-benchmark.sh): lists the packages of a runtime-like image
 * (1) with {@code docker run --rm <image> pip freeze} through the docker CLI, (2) through our service with
 * an empty cache, (3) through our service from the cache. Prints the median of each and the ratios.
 */
public final class FreezeBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String image = "quay.io/astronomer/astro-runtime:8.7.0";
        Path cache = Files.createTempDirectory("aw-bench-");
        try (DockerImageInspector inspector = TestDocker.inspector(cache)) {
            EngineInfo engine = inspector.checkEngine();
            Path corpus = Path.of(System.getProperty("shared.dir", "../shared"),
                    "corpus/freeze/astro-runtime-image_pip-freeze_apache-airflow-2.6.3+astro.1__astro-cli-fixture.txt");
            String freeze = Files.isRegularFile(corpus) ? Files.readString(corpus) : TestDocker.fixture("runtime-12.1.0.txt");
            TestDocker.buildRuntimeImage(inspector, image, freeze, "8.7.0", "2.6.3+astro.1", 0);
            System.out.printf("engine: %s; image %s, %d packages; %d runs each, after one warm-up%n",
                    engine.describe(), image, PipFreeze.parse(freeze).size(), runs);

            List<Long> cli = new ArrayList<>();
            List<Long> cold = new ArrayList<>();
            List<Long> cached = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                long a = time(() -> dockerCli(image));
                clear(cache);
                long b = time(() -> inspector.packages(image, PullListener.NONE, TaskContext.NONE));
                long c = time(() -> inspector.packages(image, PullListener.NONE, TaskContext.NONE));
                if (i == 0) {
                    System.out.printf("warm-up (JVM cold): cli %.1f ms, service cold %.1f ms, cached %.1f ms%n", ms(a), ms(b), ms(c));
                    continue;
                }
                cli.add(a);
                cold.add(b);
                cached.add(c);
            }
            double m1 = ms(median(cli));
            double m2 = ms(median(cold));
            double m3 = ms(median(cached));
            System.out.printf(Locale.ROOT, "docker run --rm (CLI): median %.1f ms%n", m1);
            System.out.printf(Locale.ROOT, "service, cold cache:   median %.1f ms  (%.2fx the CLI; goal <= 1.2x)%n", m2, m2 / m1);
            System.out.printf(Locale.ROOT, "service, from cache:   median %.2f ms  (%.1f%% of the CLI; goal < 5%%)%n", m3, 100 * m3 / m1);
        } finally {
            TestDocker.deleteQuietly(cache);
        }
    }

    private static void dockerCli(String image) {
        try {
            Process p = new ProcessBuilder("docker", "run", "--rm", image, "pip", "freeze")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException("docker run failed");
        } catch (IOException e) {
            throw new IllegalStateException("cannot run the docker CLI: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void clear(Path cache) throws IOException {
        TestDocker.deleteQuietly(cache);
        Files.createDirectories(cache);
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
