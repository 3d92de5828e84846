package io.astroupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.astroupgrade.app.Cli;
import io.astroupgrade.testing.TestProjects;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan} prints the applying considerations before the diff, checks the target against the catalog, and has JSON. */
class PlanCommandTest {

    @TempDir
    Path temp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path hiveProject() {
        Path dir = TestProjects.astroProject(temp, "hive", "FROM quay.io/astronomer/astro-runtime:8.8.0\n");
        TestProjects.write(dir.resolve("requirements.txt"), "apache-airflow-providers-apache-hive==6.1.0\n");
        return dir;
    }

    @Test
    void printsTheApplyingConsiderationsBeforeTheDiff() throws Exception {
        Path dir = hiveProject();
        assertThat(run("plan", dir.toString(), "--to", "9.10.0", "--offline")).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("requirements.txt line 1 pins apache-airflow-providers-apache-hive");
        assertThat(text.indexOf("apache-hive")).isLessThan(text.indexOf("+FROM quay.io/astronomer/astro-runtime:9.10.0"));
        assertThat(Files.readString(dir.resolve("Dockerfile"))).contains("8.8.0");
    }

    @Test
    void jsonHoldsBothTheConsiderationsAndTheDockerfileChange() throws Exception {
        Path dir = hiveProject();
        assertThat(run("plan", dir.toString(), "--to", "9.10.0", "--offline", "--json")).isZero();
        JsonNode json = CliOutput.JSON.readTree(out.toString());
        assertThat(json.get("target").asText()).isEqualTo("9.10.0");
        assertThat(json.get("considerations").toString()).contains("rt9-python311-hive");
        assertThat(json.get("dockerfile").get("diff").asText()).contains("+FROM quay.io/astronomer/astro-runtime:9.10.0");
    }

    @Test
    void aYankedTargetIsRefusedWithTheReason() {
        Path dir = hiveProject();
        assertThat(run("plan", dir.toString(), "--to", "9.3.0", "--offline")).isEqualTo(1);
        assertThat(err.toString()).contains("yanked").doesNotContain("Exception");
    }

    @Test
    void anUnknownVersionNeedsAllowUnknown() {
        Path dir = hiveProject();
        assertThat(run("plan", dir.toString(), "--to", "9.99.0", "--offline")).isEqualTo(1);
        assertThat(err.toString()).contains("--allow-unknown");
        assertThat(run("plan", dir.toString(), "--to", "9.99.0", "--offline", "--allow-unknown")).isZero();
    }

    @Test
    void aDeprecatedTargetIsAcceptedWithAWarning() {
        Path dir = hiveProject();
        assertThat(run("plan", dir.toString(), "--to", "9.10.0", "--offline")).isZero();
        assertThat(out.toString()).contains("warning:").containsIgnoringCase("deprecated");
    }
}
