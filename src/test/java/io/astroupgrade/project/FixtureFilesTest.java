package io.astroupgrade.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The project's own fixture files (src/test/resources), so the suite is complete without ../shared. */
class FixtureFilesTest {

    private static TextFile fixture(String name) throws IOException {
        try (InputStream in = FixtureFilesTest.class.getResourceAsStream(name)) {
            return TextFile.decode(null, in.readAllBytes());
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void multistageWithArgsHeredocsAndContinuations() throws Exception {
        TextFile file = fixture("multistage.Dockerfile");
        Dockerfile dockerfile = Dockerfile.parse(file);
        BaseImage base = dockerfile.base().orElseThrow();
        assertThat(dockerfile.fromLines()).containsExactly(7, 16, 23);
        assertThat(base.image()).isEqualTo("quay.io/astronomer/astro-runtime:12.4.0-python-3.11-base");
        assertThat(base.line()).isEqualTo(16);
        assertThat(base.stageName()).isEqualTo("runtime");
        assertThat(base.platform()).isEqualTo("${BUILDPLATFORM:-linux/amd64}");
        assertThat(base.flavour()).isEqualTo("-python-3.11-base");

        FileEdit edit = new DockerfileEditor().setRuntimeVersion(dockerfile, "12.5.0");
        assertThat(utf8(edit.updated())).isEqualTo(file.text().replace("ARG RUNTIME_VERSION=\"12.4.0\"", "ARG RUNTIME_VERSION=\"12.5.0\""));
        assertThatThrownBy(() -> new DockerfileEditor().setRuntimeVersion(dockerfile, "3.1-12")).hasMessageContaining("several pieces");
    }

    @Test
    void backtickEscapeCrlfAndNoTrailingNewline() throws Exception {
        TextFile file = fixture("windows-escape.Dockerfile");
        Dockerfile dockerfile = Dockerfile.parse(file);
        assertThat(dockerfile.escape()).isEqualTo('`');
        assertThat(dockerfile.base().orElseThrow().stageName()).isEqualTo("main");
        FileEdit edit = new DockerfileEditor().setRuntimeVersion(dockerfile, "13.3.0");
        assertThat(edit.updated()).isEqualTo(file.text().replace("13.2.0", "13.3.0").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void utf16RequirementsKeepTheirEncoding() throws Exception {
        TextFile file = fixture("requirements-utf16.txt");
        assertThat(file.encoding()).isEqualTo(TextFile.Encoding.UTF_16LE_BOM);
        Requirements requirements = Requirements.parse(file);
        assertThat(requirements.providers()).extracting(Requirements.Entry::specifier).containsExactly("==8.16.0", ">=10.0,<11");
        FileEdit edit = RequirementsEditor.pin(requirements, Map.of("apache-airflow-providers-amazon", "8.17.0"), false);
        assertThat(edit.updated()).isEqualTo(file.encode(file.text().replace("8.16.0", "8.17.0")));
        assertThat(edit.diff()).contains("+apache-airflow-providers-amazon==8.17.0");
    }

    @Test
    void mixedRequirementsPinWithConflictsReported() throws Exception {
        TextFile file = fixture("requirements-mixed.txt");
        Requirements requirements = Requirements.parse(file);
        assertThat(file.encoding()).isEqualTo(TextFile.Encoding.UTF_8_BOM);
        assertThat(requirements.problems()).extracting(Requirements.Problem::message).anyMatch(m -> m.startsWith("Line 2 pulls in"))
                .anyMatch(m -> m.startsWith("Conflicting lines for apache-airflow-providers-slack"));

        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("apache-airflow-providers-snowflake", "5.9.0");
        versions.put("apache-airflow-providers-slack", "8.7.0");
        versions.put("apache-airflow-providers-http", "4.2.0");
        versions.put("apache-airflow-providers-postgres", "5.14.0");
        versions.put("apache-airflow-providers-amazon", "9.0.0");
        FileEdit edit = RequirementsEditor.pin(requirements, versions, false);
        String expected = file.text()
                .replace("Apache.Airflow.Providers.Slack\n", "Apache.Airflow.Providers.Slack==8.7.0\n")
                .replace("Slack==8.6.0", "Slack==8.7.0")
                .replace("apache-airflow-providers-postgres", "apache-airflow-providers-postgres==5.14.0")
                + "\napache-airflow-providers-amazon==9.0.0";
        assertThat(edit.updated()).isEqualTo(file.encode(expected));
        assertThat(edit.conflicts()).hasSize(2).anyMatch(c -> c.contains("snowflake") && c.contains("--hash"))
                .anyMatch(c -> c.contains("http") && c.contains("~=4.1"));
    }
}
