package io.astroupgrade.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.version.RuntimeVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Property tests: parsers never blow up, and a version change is one line and fully undoable. */
class ProjectFilesPropertiesTest {

    private static final List<String> DOCKER_PIECES = List.of("FROM ", "ARG ", "RUN ", "COPY ", "AS ", "--platform=", "$", "${", "}", ":-", ":+",
            ":?", "\\", "`", "#", "# escape=`", "# syntax=x", "<<EOF", "<<-", "EOF", "\"", "'", "@sha256:", ":", "/", "=", " ", "\t", "\n", "\r\n",
            "\r", "quay.io/astronomer/astro-runtime", "astrocrpublic.azurecr.io/runtime", "12.1.0", "3.1-12", "-base", "\uFEFF", "\u0000", "é");
    private static final List<String> REQUIREMENT_PIECES = List.of("apache-airflow-providers-amazon", "foo", "[", "]", "==", ">=", "~=", "===",
            "!=", "<", ",", ";", " python_version>'3'", "@", " ", "\t", "#", "\\", "\n", "\r\n", "\r", "-r ", "-e ", "--hash=sha256:ab",
            "git+https://x/y.git#egg=z", "./path", "1!2.0", "1.0", "(", ")", "\uFEFF", "\u0000", "ü");

    @Property(tries = 500)
    void dockerfileParsingNeverFails(@ForAll("dockerfileText") String text) {
        Dockerfile dockerfile = Dockerfile.parse(text);
        dockerfile.base().ifPresent(base -> assertThat(base.kind()).isNotNull());
    }

    @Property(tries = 500)
    void editingRandomDockerfilesEitherWorksOrRefusesClearly(@ForAll("runtimeishDockerfiles") String text,
                                                           @ForAll("targets") String target) {
        try {
            FileEdit edit = new DockerfileEditor().setRuntimeVersion(Dockerfile.parse(text), target);
            assertThat(Dockerfile.parse(new String(edit.updated(), StandardCharsets.UTF_8)).base().orElseThrow().version())
                    .isEqualTo(RuntimeVersion.parse(target));
            Statistics.collect("edited");
        } catch (EditRefusedException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            Statistics.collect("refused");
        }
    }

    /** Dockerfiles whose FROM is put together from runtime-like parts, some of them odd, with random lines around. */
    @Provide
    Arbitrary<String> runtimeishDockerfiles() {
        Arbitrary<String> args = Arbitraries.of("", "ARG V=12.0.0\n", "ARG V=\"3.0-1\"\n", "ARG V\n", "ARG R=quay.io/astronomer/astro-runtime\n");
        Arbitrary<String> flags = Arbitraries.of("", "--platform=linux/amd64 ", "--platform=$BUILDPLATFORM ");
        Arbitrary<String> repo = Arbitraries.of("quay.io/astronomer/astro-runtime", "astrocrpublic.azurecr.io/runtime",
                "astrocrpublic.azurecr.io/astronomer/astro-runtime", "${R}", "python");
        Arbitrary<String> version = Arbitraries.of("12.0.0", "3.0-1", "11.3.2", "$V", "${V}", "${V:-12.0.0}", "3.1", "latest");
        Arbitrary<String> suffix = Arbitraries.of("", "-base", "-python-3.12-slim", "@sha256:ab", "-base@sha256:ab");
        Arbitrary<String> tail = Arbitraries.of("", " AS runtime", " as x", " # comment", " \\\n  AS y");
        Arbitrary<String> noise = Arbitraries.oneOf(dockerfileText(), Arbitraries.just(""));
        return Combinators.combine(noise, args, flags, repo, version, suffix, tail, noise).as(
                (before, arg, flag, r, v, s, t, after) -> before + "\n" + arg + "FROM " + flag + r + ":" + v + s + t + "\n" + after);
    }

    @Provide
    Arbitrary<String> targets() {
        return Arbitraries.of("12.1.0", "13.0.0", "3.1-12", "9.1", "x", "99.0.0", "3.0-1");
    }

    @Property(tries = 300)
    void parsingArbitraryBytesNeverFailsAndRoundTrips(@ForAll byte[] bytes) {
        TextFile file = TextFile.decode(null, bytes);
        assertThat(file.encode(file.text())).isEqualTo(bytes);
        Dockerfile.parse(file);
        Requirements.parse(file);
    }

    @Property(tries = 500)
    void requirementsParsingNeverFailsAndEditsKeepUntouchedLines(@ForAll("requirementsText") String text) throws Exception {
        Requirements requirements = Requirements.parse(text);
        FileEdit unchanged = RequirementsEditor.pin(requirements, java.util.Map.of(), false);
        assertThat(unchanged.updated()).isEqualTo(requirements.file().bytes());
        FileEdit pinned = RequirementsEditor.pin(requirements, java.util.Map.of("apache-airflow-providers-amazon", "9.9.9"), true);
        Requirements after = Requirements.parse(new String(pinned.updated(), StandardCharsets.UTF_8));
        assertThat(after.entries()).isNotNull();
    }

    @Property(tries = 60)
    void setVersionChangesOneLineAndUndoRestoresTheBytes(@ForAll("projects") Fixture fixture) throws Exception {
        Path dir = Files.createTempDirectory("prop-project");
        try {
            Files.createDirectories(dir.resolve(".astro"));
            Files.writeString(dir.resolve(".astro/config.yaml"), "project:\n  name: prop\n");
            Files.write(dir.resolve("Dockerfile"), fixture.bytes());
            AstroProject project = AstroProject.open(dir);
            ProjectFiles files = new ProjectFiles();
            FileEdit edit = files.planRuntimeVersion(project, fixture.target());

            List<String> before = UnifiedDiff.lines(edit.original().text());
            List<String> after = UnifiedDiff.lines(TextFile.decode(null, edit.updated()).text());
            assertThat(after).hasSameSizeAs(before);
            long changedLines = java.util.stream.IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i))).count();
            assertThat(changedLines).isEqualTo(1);
            assertThat(files.dockerfile(project).base().orElseThrow().version()).isNotEqualTo(RuntimeVersion.parse(fixture.target()));

            files.apply(project, edit);
            assertThat(files.dockerfile(project).base().orElseThrow().version()).isEqualTo(RuntimeVersion.parse(fixture.target()));
            files.undo(project);
            assertThat(Files.readAllBytes(dir.resolve("Dockerfile"))).isEqualTo(fixture.bytes());
        } finally {
            deleteTree(dir);
        }
    }

    record Fixture(byte[] bytes, String target) {
        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.UTF_8).replace("\r", "\\r").replace("\n", "\\n") + " -> " + target;
        }
    }

    @Provide
    Arbitrary<String> dockerfileText() {
        return Arbitraries.oneOf(
                Arbitraries.of(DOCKER_PIECES).list().ofMaxSize(60).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<String> requirementsText() {
        return Arbitraries.oneOf(
                Arbitraries.of(REQUIREMENT_PIECES).list().ofMaxSize(60).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<Fixture> projects() {
        Arbitrary<String> ending = Arbitraries.of("\n", "\r\n");
        Arbitrary<List<String>> before = Arbitraries.of("# comment", "", "ARG OTHER=1", "# syntax=docker/dockerfile:1").list().ofMaxSize(3);
        Arbitrary<List<String>> after = Arbitraries.of("RUN echo hi", "", "# 12.1.0 in a comment", "USER astro", "COPY . .").list().ofMaxSize(4);
        Arbitrary<int[]> versions = Arbitraries.integers().between(0, 40).array(int[].class).ofSize(4);
        Arbitrary<String> flavour = Arbitraries.of("", "-base", "-python-3.12", "-slim-python-3.12-base");
        Arbitrary<Integer> style = Arbitraries.integers().between(0, 3);
        Arbitrary<Boolean> flags = Arbitraries.of(true, false);
        return Combinators.combine(ending, before, after, versions, flavour, style, flags, flags).as(
                (nl, pre, post, v, fl, s, bom, trailing) -> {
                    boolean af3 = s == 3;
                    String from = af3 ? "3." + (v[0] % 3) + "-" + v[1] : (v[0] + 1) + "." + v[1] + "." + v[2];
                    String to = af3 ? "3." + (v[0] % 3) + "-" + (v[1] + 1 + v[3]) : (v[0] + 1) + "." + (v[1] + 1 + v[3]) + ".0";
                    String repo = af3 ? "astrocrpublic.azurecr.io/runtime" : "quay.io/astronomer/astro-runtime";
                    List<String> lines = new ArrayList<>(pre);
                    switch (s) {
                        case 1 -> { lines.add("ARG RUNTIME_VERSION=" + from); lines.add("FROM " + repo + ":${RUNTIME_VERSION}" + fl); }
                        case 2 -> lines.add("FROM --platform=linux/amd64 " + repo + ":" + from + fl + " AS runtime");
                        default -> lines.add("FROM " + repo + ":" + from + fl);
                    }
                    lines.addAll(post);
                    String text = String.join(nl, lines) + (trailing ? nl : "");
                    return new Fixture(((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8), to);
                });
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
