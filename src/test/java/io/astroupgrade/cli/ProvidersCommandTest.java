package io.astroupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.app.AppContext;
import io.astroupgrade.app.Cli;
import io.astroupgrade.docker.DockerEndpoint;
import io.astroupgrade.docker.DockerImageInspector;
import io.astroupgrade.docker.DockerTimeouts;
import io.astroupgrade.platform.UserDirs;
import io.astroupgrade.tasks.ImmediateTaskRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProvidersCommandTest {

    @Test
    void isASubCommandOfTheCli() {
        StringWriter out = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter())).execute("providers", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("providers", "IMAGE", "--json");
    }

    @Test
    void anEngineThatIsNotRunningGivesOneClearLine(@TempDir Path temp) {
        AppContext context = new AppContext(UserDirs.under(temp), new ImmediateTaskRunner());
        DockerEndpoint nowhere = new DockerEndpoint("unix://" + temp.resolve("docker.sock"), "DOCKER_HOST", null);
        ProvidersCommand command = new ProvidersCommand(
                () -> new DockerImageInspector(nowhere, context.userDirs().cacheDir(), DockerTimeouts.DEFAULT));
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
        CommandLine line = new CommandLine(command).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(cli.getExecutionExceptionHandler());
        assertThat(line.execute("quay.io/astronomer/astro-runtime:9.1.0")).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: Docker is not running").contains("Start Docker").doesNotContain("Exception", "\tat ");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }
}
