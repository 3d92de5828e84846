package io.astroupgrade.cli;

import java.util.function.Supplier;
import io.astroupgrade.docker.ImageInspector;
import io.astroupgrade.docker.ImagePackages;
import io.astroupgrade.docker.PipFreeze;
import io.astroupgrade.docker.PullProgress;
import io.astroupgrade.tasks.TaskContext;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code providers <image> [--json]}: the provider packages in an image, pulling it first when needed. */
@Command(name = "providers", mixinStandardHelpOptions = true,
        description = "Lists the apache-airflow-providers-* packages in a Docker image (pip freeze), pulling it if needed."
                + " Pull progress goes to stderr.")
public final class ProvidersCommand implements Callable<Integer> {

    @Parameters(paramLabel = "IMAGE", description = "For example quay.io/astronomer/astro-runtime:12.1.0")
    String image;

    @Option(names = "--json", description = "Print {\"image\",\"imageId\",\"runtimeVersion\",\"providers\":[{\"name\",\"version\"}]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final Supplier<ImageInspector> inspectors;

    /** @param inspectors makes a Docker connection for one run; the command closes it */
    public ProvidersCommand(Supplier<ImageInspector> inspectors) {
        this.inspectors = inspectors;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImagePackages packages;
        try (ImageInspector inspector = inspectors.get()) {
            packages = runCancellableOnExit(task -> inspector.packages(image, new ProgressPrinter(err), task));
        }
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("image", image);
            result.put("imageId", packages.image().id());
            result.put("runtimeVersion", packages.image().runtimeVersion().orElse(null));
            result.put("providers", packages.providers().stream().map(p -> new Provider(p.name(), p.version())).toList());
            out.println(CliOutput.JSON.writeValueAsString(result));
        } else {
            printTable(out, packages);
        }
        out.flush();
        return 0;
    }

    /** One entry of the JSON output, fields in this order. */
    record Provider(String name, String version) { }

    private void printTable(PrintWriter out, ImagePackages packages) {
        out.println("Image: " + image + " (" + packages.image().id() + ")");
        out.println("Astro Runtime: " + packages.image().runtimeVersion().orElse("unknown (no runtime label)"));
        List<PipFreeze.Package> providers = packages.providers();
        if (providers.isEmpty()) {
            out.println("No provider packages in this image.");
            return;
        }
        int width = providers.stream().mapToInt(p -> p.name().length()).max().orElse(0);
        for (PipFreeze.Package p : providers) out.printf("%-" + width + "s  %s%n", p.name(), p.version());
    }

    /** Runs the work; Ctrl-C cancels it and waits briefly so that the container is removed. */
    static <T> T runCancellableOnExit(Function<TaskContext, T> work) {
        CountDownLatch finished = new CountDownLatch(1);
        CancelOnExit task = new CancelOnExit();
        Thread hook = new Thread(() -> {
            task.cancelled = true;
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "providers-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.apply(task);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has been released
            }
        }
    }

    private static final class CancelOnExit implements TaskContext {
        volatile boolean cancelled;

        @Override public void progress(double fraction, String message) { }

        @Override public boolean isCancelled() { return cancelled; }
    }

    /** Prints pull progress to stderr, one line per 10% step or status change, not per engine message. */
    static final class ProgressPrinter implements io.astroupgrade.docker.PullListener {
        private final PrintWriter err;
        private String last = "";

        ProgressPrinter(PrintWriter err) { this.err = err; }

        @Override
        public void progress(PullProgress progress) {
            int percent = progress.percent();
            String line = progress.status().replaceAll("\\s.*", "") + (percent < 0 ? "" : " " + (percent / 10 * 10) + "%");
            if (line.equals(last)) return;
            last = line;
            err.println("Pulling " + progress.image() + ": " + progress.describe());
            err.flush();
        }
    }
}
