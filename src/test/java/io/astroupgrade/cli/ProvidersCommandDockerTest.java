package io.astroupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.astroupgrade.app.AppContext;
import io.astroupgrade.docker.DockerImageInspector;
import io.astroupgrade.app.Cli;
import io.astroupgrade.docker.DockerTestImages;
import io.astroupgrade.platform.UserDirs;
import io.astroupgrade.tasks.ImmediateTaskRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** {@code providers <image>} against the real engine, on a runtime-like image. */
@Tag("docker")
class ProvidersCommandDockerTest {

    static final String IMAGE = "quay.io/astronomer/astro-runtime:9.1.0";

    @Test
    void printsTheProvidersAsJsonAndAsATable(@TempDir Path temp) throws Exception {
        DockerTestImages.assumeEngineAndBuild(IMAGE, "runtime-9.1.0.txt", "9.1.0", "2.7.1+astro.1");
        AppContext context = new AppContext(UserDirs.under(temp), new ImmediateTaskRunner());

        StringWriter out = new StringWriter();
        int code = new CommandLine(new ProvidersCommand(() -> DockerImageInspector.forUser(context.userDirs()))).setOut(new PrintWriter(out)).execute(IMAGE, "--json");
        assertThat(code).isZero();
        JsonNode json = CliOutput.JSON.readTree(out.toString());
        assertThat(json.path("image").asText()).isEqualTo(IMAGE);
        assertThat(json.path("imageId").asText()).startsWith("sha256:");
        assertThat(json.path("runtimeVersion").asText()).isEqualTo("9.1.0");
        assertThat(json.path("providers")).hasSize(15);
        assertThat(json.path("providers").get(0).path("name").asText()).isEqualTo("apache-airflow-providers-amazon");
        assertThat(json.path("providers").get(0).path("version").asText()).isEqualTo("8.6.0");

        assertThat(out.toString()).containsSubsequence("\"image\"", "\"imageId\"", "\"runtimeVersion\"", "\"providers\"",
                "\"name\"", "\"version\"");

        StringWriter table = new StringWriter();
        assertThat(new CommandLine(new ProvidersCommand(() -> DockerImageInspector.forUser(context.userDirs()))).setOut(new PrintWriter(table)).execute(IMAGE)).isZero();
        assertThat(table.toString()).contains("Astro Runtime: 9.1.0").containsPattern("apache-airflow-providers-http +4\\.5\\.1");
    }

    @Test
    void aPullThatFailsGivesOneLineAndNoStackTrace(@TempDir Path temp) throws Exception {
        DockerTestImages.assumeEngineAndBuild(IMAGE, "runtime-9.1.0.txt", "9.1.0", "2.7.1+astro.1");
        AppContext context = new AppContext(UserDirs.under(temp), new ImmediateTaskRunner());
        StringWriter err = new StringWriter();
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger dockerJava = (Logger) LoggerFactory.getLogger("com.github.dockerjava");
        logged.start();
        dockerJava.addAppender(logged);
        int code;
        try {
            CommandLine cli = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
            code = new CommandLine(new ProvidersCommand(() -> DockerImageInspector.forUser(context.userDirs()))).setErr(new PrintWriter(err))
                    .setExecutionExceptionHandler(cli.getExecutionExceptionHandler())
                    .execute("quay.io/astronomer/astro-runtime:0.0.1-absent");
            Thread.sleep(300); // docker-java's stream thread would log just after the failure
        } finally {
            dockerJava.detachAppender(logged);
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip().lines()).hasSize(1).first().asString()
                .startsWith("error: ").contains("quay.io/astronomer/astro-runtime:0.0.1-absent");
        assertThat(logged.list).as("nothing logged to the console with a stack trace")
                .noneMatch(e -> e.getThrowableProxy() != null || e.getLevel().isGreaterOrEqual(Level.WARN));
    }
}
