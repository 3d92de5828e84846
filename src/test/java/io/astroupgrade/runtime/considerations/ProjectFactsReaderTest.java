package io.astroupgrade.runtime.considerations;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.runtime.RuntimeVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFactsReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFinalStagesBaseWithArgsResolved() {
        ProjectFacts facts = new TestProject(dir).dockerfile("""
                # syntax=docker/dockerfile:1
                ARG RUNTIME_VERSION=13.7.0
                FROM python:3.12 AS build
                # FROM quay.io/astronomer/astro-runtime:1.0.0
                FROM --platform=linux/amd64 quay.io/astronomer/astro-runtime:${RUNTIME_VERSION}-python-3.11-base@sha256:abc AS final
                ENV A=1 B="two words" \\
                ENV LEGACY value
                """).facts();

        ProjectFacts.BaseImage base = facts.baseImage().orElseThrow();
        assertThat(base.line()).isEqualTo(5);
        assertThat(base.reference()).isEqualTo("quay.io/astronomer/astro-runtime:13.7.0-python-3.11-base@sha256:abc");
        assertThat(base.tag().orElseThrow().version()).isEqualTo(RuntimeVersion.parse("13.7.0"));
        assertThat(base.tag().orElseThrow().pythonVersion()).hasValue("3.11");
        assertThat(facts.dockerfileEnv()).containsOnlyKeys("A", "B", "LEGACY").containsEntry("LEGACY", 7);
    }

    @Test
    void anUnresolvableBaseHasNoTag() {
        ProjectFacts facts = new TestProject(dir).dockerfile("ARG IMAGE\nFROM ${IMAGE}\n").facts();
        assertThat(facts.baseImage().orElseThrow().tag()).isEmpty();
        assertThat(new TestProject(dir.resolve("none")).facts().baseImage()).isEmpty();
    }

    @Test
    void readsRequirementNamesAndDotEnv() {
        ProjectFacts facts = new TestProject(dir)
                .requirements("-r other.txt\n--index-url https://x\n# comment\nFoo_Bar[extra]>=1.0 ; python_version>'3'\nbaz==1.2  # pinned\nqux @ https://example.org/qux.whl\n-e ./local\n")
                .file(".env", "# c\nexport X=1\nY = 2\n").facts();
        assertThat(facts.requirements()).containsExactly(
                new RequirementNames.Requirement("Foo_Bar", 4, false),
                new RequirementNames.Requirement("baz", 5, true),
                new RequirementNames.Requirement("qux", 6, false));
        assertThat(facts.dotEnv()).containsEntry("X", 2).containsEntry("Y", 3);
    }

    @Test
    void scansOnlyPythonFilesInTheCodeFoldersWithinBounds() throws IOException {
        TestProject project = new TestProject(dir)
                .dag("a.py", "x = 1\n").dag("notes.txt", "SubDagOperator\n").dag("__pycache__/a.py", "cached\n")
                .file("plugins/p/plugin.py", "y\n").file("include/sql/q.py", "z\n").file("tests/t.py", "skipped\n");
        Files.write(dir.resolve("dags/huge.py"), new byte[(int) ProjectFactsReader.MAX_FILE_BYTES + 1]);
        ProjectFacts facts = project.facts();

        assertThat(facts.code()).extracting(ProjectFacts.SourceFile::path)
                .containsExactly("dags/a.py", "include/sql/q.py", "plugins/p/plugin.py");
        assertThat(facts.notes()).singleElement().asString().contains("dags/huge.py").contains("larger than 1 MB");
    }

    @Test
    void capsTheNumberOfScannedFiles() throws IOException {
        Path dags = Files.createDirectories(dir.resolve("dags"));
        for (int i = 0; i < ProjectFactsReader.MAX_CODE_FILES + 5; i++) Files.writeString(dags.resolve("d" + i + ".py"), "");
        ProjectFacts facts = ProjectFactsReader.read(dir);
        assertThat(facts.code()).hasSize(ProjectFactsReader.MAX_CODE_FILES);
        assertThat(facts.notes()).singleElement().asString().contains("5 more were skipped");
    }

    @Test
    void aMissingProjectGivesEmptyFacts() {
        ProjectFacts facts = ProjectFactsReader.read(dir.resolve("missing"));
        assertThat(facts.requirements()).isEmpty();
        assertThat(facts.code()).isEmpty();
        assertThat(facts.baseImage()).isEmpty();
        assertThat(List.copyOf(facts.rootFiles())).isEmpty();
    }
}
