package io.astroupgrade.runtime.considerations;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.version.RuntimeVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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
        // As the Dockerfile parser reports an image: repository:tag, the digest left out.
        assertThat(base.reference()).isEqualTo("quay.io/astronomer/astro-runtime:13.7.0-python-3.11-base");
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

    @Test
    void onlyRuntimeImagesGiveARuntimeTag() {
        assertThat(new TestProject(dir).dockerfile("FROM quay.io/astronomer/ap-airflow:2.6.2-buster\n").facts().baseImage().orElseThrow().tag()).isEmpty();
        assertThat(new TestProject(dir).dockerfile("FROM node:20.15.1-alpine\n").facts().baseImage().orElseThrow().tag()).isEmpty();
        assertThat(new TestProject(dir).dockerfile("FROM astrocrpublic.azurecr.io/astronomer/astro-runtime:12.1.0\n").facts()
                .baseImage().orElseThrow().tag()).isPresent();
        assertThat(new TestProject(dir).dockerfile("FROM astrocrpublic.azurecr.io/runtime:3.1-12-python-3.12\n").facts()
                .baseImage().orElseThrow().tag().orElseThrow().pythonVersion()).hasValue("3.12");
    }

    @Test
    void readsUtf16AndBomFiles() throws IOException {
        new TestProject(dir);
        Files.write(dir.resolve("requirements.txt"), "apache-airflow-providers-apache-hive==6.1\r\n".getBytes(StandardCharsets.UTF_16));
        Files.write(dir.resolve("Dockerfile"), "\uFEFFFROM quay.io/astronomer/astro-runtime:8.8.0\n".getBytes(StandardCharsets.UTF_8));
        ProjectFacts facts = ProjectFactsReader.read(dir);
        assertThat(facts.requirements()).extracting(RequirementNames.Requirement::name).containsExactly("apache-airflow-providers-apache-hive");
        assertThat(facts.baseImage().orElseThrow().tag()).isPresent();
    }

    /** The shared corpus: the runtime version of every real Dockerfile, as a careful reader concludes it. */
    @Test
    void agreesWithTheCorpusOnEveryDockerfile() throws IOException {
        String shared = System.getProperty("shared.dir");
        Path corpus = shared == null ? null : Path.of(shared, "corpus");
        Assumptions.assumeTrue(corpus != null && Files.isRegularFile(corpus.resolve("dockerfiles-expected.tsv")), "shared corpus not present");
        List<String> rows = Files.readAllLines(corpus.resolve("dockerfiles-expected.tsv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split("\t");
            Path project = Files.createDirectories(dir.resolve(columns[0]));
            Files.copy(corpus.resolve("dockerfiles").resolve(columns[0]), project.resolve("Dockerfile"));
            String version = ProjectFactsReader.read(project).baseImage().flatMap(ProjectFacts.BaseImage::tag)
                    .map(tag -> tag.version().toString()).orElse("-");
            assertThat(version).as(columns[0]).isEqualTo(columns[2]);
        }
    }

    @Test
    void readsEveryCorpusRequirementsFile() throws IOException {
        String shared = System.getProperty("shared.dir");
        Path folder = shared == null ? null : Path.of(shared, "corpus", "requirements");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(folder), "shared corpus not present");
        int providers = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                List<RequirementNames.Requirement> names = RequirementNames.read(ProjectFactsReader.decode(Files.readAllBytes(file)).lines().toList());
                assertThat(names).allSatisfy(r -> assertThat(r.name()).matches("[A-Za-z0-9][A-Za-z0-9._-]*"));
                providers += (int) names.stream().filter(r -> io.astroupgrade.project.PackageName.isProvider(r.name())).count();
            }
        }
        assertThat(providers).isPositive();
    }
}
