package io.astroupgrade.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PipFreezeTest {

    @Test
    void readsPinnedLinesAndSkipsEverythingElse() {
        PipFreeze freeze = PipFreeze.parse("""
                \uFEFF# a comment
                apache-airflow==2.6.3+astro.1
                Apache_Airflow.Providers-Amazon == 8.3.0  # inline comment
                astronomer-runtime-extensions @ file:///tmp/wheels/astronomer_runtime_extensions-1.0.0-py3-none-any.whl
                -e git+https://github.com/org/repo.git@abc#egg=thing
                --index-url https://example.org/simple

                requests>=2.0
                typing-extensions==4.7.1 ; python_version < "3.12"
                garbage line ==
                apache-airflow-providers-http==4.4.2\r
                apache-airflow-providers-amazon==1.0.0
                """);
        assertThat(freeze.packages()).containsExactly(
                new PipFreeze.Package("apache-airflow", "2.6.3+astro.1"),
                new PipFreeze.Package("Apache_Airflow.Providers-Amazon", "8.3.0"),
                new PipFreeze.Package("typing-extensions", "4.7.1"),
                new PipFreeze.Package("apache-airflow-providers-http", "4.4.2"));
        assertThat(freeze.providers()).extracting(PipFreeze.Package::version).containsExactly("8.3.0", "4.4.2");
        assertThat(freeze.versionOf("apache-airflow-providers-amazon")).as("PEP 503 lookup, first line wins").contains("8.3.0");
        assertThat(freeze.find("astronomer-runtime-extensions")).isEmpty();
    }

    @Test
    void emptyAndNullAreEmpty() {
        assertThat(PipFreeze.parse(null).isEmpty()).isTrue();
        assertThat(PipFreeze.parse("").size()).isZero();
        assertThat(PipFreeze.parseLine(null)).isEmpty();
    }

    @Test
    void readsEveryRealFreezeOutputAndConstraintsFile() throws IOException {
        Path corpus = Path.of(System.getProperty("shared.dir", "../shared"), "corpus/freeze");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus);
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(17);
        for (Path file : files) {
            String text = Files.readString(file);
            long pinned = text.lines().filter(l -> l.matches("[A-Za-z0-9._-]+==\\S+")).count();
            PipFreeze freeze = PipFreeze.parse(text);
            assertThat(freeze.size()).as(file.getFileName().toString()).isEqualTo(pinned).isPositive();
            assertThat(freeze.packages()).as("versions parse: " + file.getFileName())
                    .allSatisfy(p -> assertThat(p.parsedVersion()).as(p.toString()).isPresent());
        }
        PipFreeze runtime = PipFreeze.parse(Files.readString(
                corpus.resolve("astro-runtime-image_pip-freeze_apache-airflow-2.6.3+astro.1__astro-cli-fixture.txt")));
        assertThat(runtime.versionOf("apache-airflow")).contains("2.6.3+astro.1");
        assertThat(runtime.providers()).hasSize(14);
    }
}
