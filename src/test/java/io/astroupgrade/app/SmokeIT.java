package io.astroupgrade.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starts the packaged jar as a real child process, the way users and the README start it. */
class SmokeIT {

    private static final Path JAR = Path.of("target/astro-upgrade-wizard.jar");

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String monocleJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst()
                .orElseThrow(() -> new IllegalStateException("openjfx-monocle is not on the test class path"));
    }

    private static Result run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) process.destroyForcibly();
        assertThat(finished).as("finished within 120 s").isTrue();
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out, String err) {}

    @Test
    void smokeStartsTheGuiRendersOnceAndExits() throws Exception {
        assertThat(Files.isRegularFile(JAR)).isTrue();
        Result result = run(List.of(java(), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dtestfx.headless=true", "-cp", JAR + File.pathSeparator + monocleJar(), "io.astroupgrade.app.Launcher", "--smoke"));
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).matches("(?s)startup_ms=\\d+\\R?");
        assertThat(result.err()).doesNotContain("Exception");
    }

    @Test
    void versionWorksFromTheJarAlone() throws Exception {
        Result result = run(List.of(java(), "-jar", JAR.toString(), "--version"));
        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Astro Upgrade Wizard ");
    }

    @Test
    void anUnknownCommandIsAClearErrorWithoutAStackTrace() throws Exception {
        Result result = run(List.of(java(), "-jar", JAR.toString(), "frobnicate"));
        assertThat(result.exit()).isNotZero();
        assertThat(result.err()).contains("frobnicate").doesNotContain("at io.astroupgrade", "Exception");
    }
}
