package io.astroupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.astroupgrade.app.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs inspect, plan, set-version and undo in-process through the real picocli root. */
class ProjectCommandsTest {

    private static final String DOCKERFILE = "# syntax=docker/dockerfile:1\r\nARG RUNTIME_VERSION=12.1.0\r\n"
            + "FROM --platform=linux/amd64 quay.io/astronomer/astro-runtime:${RUNTIME_VERSION}-python-3.11-base AS main\r\nUSER astro";

    @TempDir
    Path project;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void createProject() throws Exception {
        Files.createDirectories(project.resolve(".astro"));
        Files.writeString(project.resolve(".astro/config.yaml"), "project:\n  name: demo\n");
        Files.writeString(project.resolve("Dockerfile"), DOCKERFILE);
        Files.writeString(project.resolve("requirements.txt"),
                "# pins\napache-airflow-providers-amazon==8.0.0\nApache_Airflow_Providers_Google>=10,<11\npandas\napache-airflow-providers-amazon\n");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void inspectPrintsTheImageAndProviderPins() throws Exception {
        assertThat(run("inspect", project.toString())).isZero();
        JsonNode json = CliOutput.JSON.readTree(out.toString());
        assertThat(json.get("isAstroProject").asBoolean()).isTrue();
        assertThat(json.get("projectName").asText()).isEqualTo("demo");
        assertThat(json.get("image").asText()).isEqualTo("quay.io/astronomer/astro-runtime:12.1.0-python-3.11-base");
        assertThat(json.get("runtimeVersion").asText()).isEqualTo("12.1.0");
        assertThat(json.get("flavour").asText()).isEqualTo("-python-3.11-base");
        assertThat(json.get("registry").asText()).isEqualTo("quay.io");
        assertThat(json.get("kind").asText()).isEqualTo("runtime");
        assertThat(json.get("airflowMajor").asInt()).isEqualTo(2);
        assertThat(json.get("line").asInt()).isEqualTo(3);
        assertThat(json.get("warnings").isArray()).isTrue();
        JsonNode pins = json.get("requirements").get("pins");
        assertThat(pins).hasSize(3);
        assertThat(pins.get(1).get("name").asText()).isEqualTo("apache-airflow-providers-google");
        assertThat(pins.get(1).get("specifier").asText()).isEqualTo(">=10,<11");
        assertThat(pins.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(pins.get(2).get("specifier").asText()).isEmpty();
        assertThat(json.get("requirements").get("problems").get(0).get("message").asText()).contains("apache-airflow-providers-amazon");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void inspectRefusesAFolderThatIsNotAProject() throws Exception {
        Path plain = Files.createDirectory(project.resolve("plain"));
        assertThat(run("inspect", plain.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: ").contains("not an Astro project").doesNotContain("Exception").hasLineCount(1);
        assertThat(CliOutput.JSON.readTree(out.toString()).get("isAstroProject").asBoolean()).isFalse();
    }

    @Test
    void planPrintsTheDiffAndWritesNothing() throws Exception {
        assertThat(run("plan", project.toString(), "--to", "12.2.0")).isZero();
        assertThat(out.toString()).contains("-ARG RUNTIME_VERSION=12.1.0", "+ARG RUNTIME_VERSION=12.2.0", "note: ");
        assertThat(Files.readString(project.resolve("Dockerfile"))).isEqualTo(DOCKERFILE);
        assertThat(project.resolve(".astro-upgrade")).doesNotExist();
    }

    @Test
    void planRefusesWithAOneLineReason() {
        assertThat(run("plan", project.toString(), "--to", "9.1")).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: ").contains("partial").hasLineCount(1);
        assertThat(run("plan", project.toString(), "--to", "11.0.0")).isEqualTo(1);
        assertThat(err.toString()).contains("rollback").hasLineCount(1);
        assertThat(run("plan", project.toString(), "--to", "12.2.0; rm -rf /")).isEqualTo(1);
        assertThat(err.toString()).contains("not a valid Astro Runtime version");
    }

    @Test
    void setVersionThenUndo() throws Exception {
        assertThat(run("set-version", project.toString(), "--to", "3.1-12")).isZero();
        assertThat(out.toString()).contains("+FROM --platform=linux/amd64 astrocrpublic.azurecr.io/runtime:${RUNTIME_VERSION}-python-3.11-base AS main",
                "Backup: " + project.resolve(".astro-upgrade/backups"));
        assertThat(Files.readString(project.resolve("Dockerfile"))).isEqualTo(DOCKERFILE
                .replace("12.1.0", "3.1-12").replace("quay.io/astronomer/astro-runtime", "astrocrpublic.azurecr.io/runtime"));

        assertThat(run("undo", project.toString())).isZero();
        assertThat(out.toString()).contains("Restored: " + project.resolve("Dockerfile"));
        assertThat(Files.readAllBytes(project.resolve("Dockerfile"))).isEqualTo(DOCKERFILE.getBytes(StandardCharsets.UTF_8));

        assertThat(run("undo", project.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("nothing to undo").hasLineCount(1);
    }

    @Test
    void setVersionRefusalWritesNothing() throws Exception {
        assertThat(run("set-version", project.toString(), "--to", "12.1.0")).isEqualTo(1);
        assertThat(err.toString()).contains("already on 12.1.0");
        assertThat(project.resolve(".astro-upgrade")).doesNotExist();
    }

    @Test
    void missingTargetIsAUsageError() {
        assertThat(run("plan", project.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--to");
    }
}
