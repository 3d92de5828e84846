package io.astroupgrade.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PipFreezeTest {

    private static final String FREEZE = String.join("\r\n",
            "WARNING: some pip warning",
            "apache-airflow==2.10.5+astro.1",
            "apache-airflow-providers-amazon==9.2.0",
            "Apache_Airflow_Providers.Google==10.26.0",
            "astronomer-runtime-extensions @ file:///tmp/wheels/astronomer_runtime_extensions-1.0.0-py3-none-any.whl",
            "-e git+https://github.com/me/x.git@abc#egg=x",
            "# a comment",
            "",
            "backports.zoneinfo==0.2.1 ; python_version < \"3.9\"",
            "pendulum==1!2.1.2",
            "weird==not a version",
            "");

    @Test
    void readsPinsAndSkipsTheRest() {
        PipFreeze freeze = PipFreeze.parse(FREEZE);
        assertThat(freeze.providers()).extracting(PipFreeze.Package::normalizedName)
                .containsExactly("apache-airflow-providers-amazon", "apache-airflow-providers-google");
        assertThat(freeze.find("apache_airflow").orElseThrow().versionText()).isEqualTo("2.10.5+astro.1");
        assertThat(freeze.find("apache-airflow-providers-google").orElseThrow().line()).isEqualTo(4);
        assertThat(freeze.find("backports-zoneinfo").orElseThrow().versionText()).isEqualTo("0.2.1");
        assertThat(freeze.find("pendulum").orElseThrow().version()).isEqualTo(Pep440Version.parse("1!2.1.2").orElseThrow());
        assertThat(freeze.find("astronomer-runtime-extensions")).isEmpty();
        assertThat(freeze.skipped()).hasSize(4);
        assertThat(PipFreeze.parse("").packages()).isEmpty();
        assertThat(PipFreeze.parse(null).packages()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> realFreezeOutputsAndConstraints() throws Exception {
        String shared = System.getProperty("shared.dir");
        Path dir = shared == null ? null : Path.of(shared, "corpus", "freeze");
        assumeTrue(dir != null && Files.isDirectory(dir), "Skipped: no shared corpus freeze folder at " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                PipFreeze freeze = PipFreeze.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                assertThat(freeze.packages()).isNotEmpty();
                assertThat(freeze.packages()).allSatisfy(p -> assertThat(p.version()).as(p.name() + "==" + p.versionText()).isNotNull());
            }));
        }
    }
}
