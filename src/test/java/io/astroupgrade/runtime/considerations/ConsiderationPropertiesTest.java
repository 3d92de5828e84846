package io.astroupgrade.runtime.considerations;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.version.RuntimeVersion;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For any file content the minimal readers and the engine give an answer, never an exception. */
class ConsiderationPropertiesTest {

    private static final ConsiderationEngine ENGINE = ConsiderationEngine.bundled();

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60).excludeChars('\n', '\r'), // a line holds no line break
                Arbitraries.of("FROM quay.io/astronomer/astro-runtime:8.8.0", "FROM ${X}", "ARG X=astrocrpublic.azurecr.io/runtime:3.1-12",
                        "ENV A=1 B", "ENV", "FROM", "apache-airflow-providers-apache-hive==6.1", "-r x.txt", "name @ file:///x",
                        "FROM --platform=$P a:b@sha256:1 AS x", "export X=", "ARG =", "#"));
        return line.list().ofMaxSize(12);
    }

    @Property(tries = 300)
    void readersNeverFail(@ForAll("lines") List<String> lines) {
        RequirementNames.read(lines).forEach(r -> assertThat(r.line()).isBetween(1, lines.size()));
        ProjectFactsReader.baseImage(lines).ifPresent(base -> assertThat(base.line()).isBetween(1, lines.size()));
        ProjectFactsReader.envNames(lines).values().forEach(line -> assertThat(line).isBetween(1, lines.size()));
    }

    @Property(tries = 100)
    void theEngineAnswersForAnyProjectAndRange(@ForAll("lines") List<String> lines,
                                               @ForAll("versions") RuntimeVersion current, @ForAll("versions") RuntimeVersion target) {
        ProjectFacts facts = new ProjectFacts(RequirementNames.read(lines), lines, lines, ProjectFactsReader.envNames(lines), lines,
                java.util.Map.of(), List.of(new ProjectFacts.SourceFile("dags/a.py", lines)), java.util.Set.of(),
                ProjectFactsReader.baseImage(lines), List.of());
        ConsiderationReport report = ENGINE.evaluate(UpgradeRange.of(current, target), facts);
        assertThat(report.results()).allSatisfy(r -> assertThat(r.findings()).allSatisfy(f -> assertThat(f.reason()).isNotBlank()));
    }

    @Provide
    Arbitrary<RuntimeVersion> versions() {
        return Arbitraries.of("3.0.4", "4.0.5", "5.0.0", "7.4.0", "8.8.0", "9.7.0", "11.0.0", "12.1.0", "13.6.0", "13.7.0", "3.0-9", "3.1-12", "3.3-2")
                .map(RuntimeVersion::parse);
    }
}
