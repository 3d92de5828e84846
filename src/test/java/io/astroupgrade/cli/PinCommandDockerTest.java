package io.astroupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.app.AppContext;
import io.astroupgrade.docker.DockerImageInspector;
import io.astroupgrade.docker.DockerTestImages;
import io.astroupgrade.platform.UserDirs;
import io.astroupgrade.tasks.ImmediateTaskRunner;
import io.astroupgrade.testing.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pin} against the real engine: the Dockerfile's image is listed in a container and its providers pinned. */
@Tag("docker")
class PinCommandDockerTest {

    static final String IMAGE = "quay.io/astronomer/astro-runtime:9.1.0";
    private static final String REQUIREMENTS = "# keep me\r\npandas==2.1.0\r\napache-airflow-providers-amazon>=8\r\n";

    @TempDir
    Path temp;

    private int run(AppContext context, StringWriter out, StringWriter err, String... args) {
        return new CommandLine(new PinCommand(context.projectFiles(), () -> DockerImageInspector.forUser(context.userDirs()))).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void pinsTheProvidersOfTheDockerfilesImage() throws Exception {
        DockerTestImages.assumeEngineAndBuild(IMAGE, "runtime-9.1.0.txt", "9.1.0", "2.7.1+astro.1");
        Path dir = TestProjects.astroProject(temp, "pin-project", "FROM " + IMAGE + "\n");
        Files.writeString(dir.resolve("requirements.txt"), REQUIREMENTS);
        AppContext context = new AppContext(UserDirs.under(temp.resolve("user")), new ImmediateTaskRunner());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(run(context, out, err, dir.toString(), "--only", "apache_airflow_providers_celery,apache-airflow-providers-amazon", "--dry-run"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("+apache-airflow-providers-celery==3.3.3", "conflict:", "Dry run");
        assertThat(Files.readString(dir.resolve("requirements.txt"))).isEqualTo(REQUIREMENTS);

        assertThat(run(context, out, err, dir.toString(), "--only", "apache-airflow-providers-celery")).isZero();
        assertThat(Files.readString(dir.resolve("requirements.txt"))).isEqualTo(REQUIREMENTS + "apache-airflow-providers-celery==3.3.3\r\n");
        assertThat(out.toString()).contains("Backup: ");

        assertThat(run(context, out, err, dir.toString(), "--only", "apache-airflow-providers-nope")).isEqualTo(1);
    }
}
