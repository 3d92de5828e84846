package io.astroupgrade.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.astroupgrade.version.RuntimeVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the real-world files in ../shared/corpus (read in place, never copied). Skips, with a message,
 * when the folder is absent.
 */
class CorpusTest {

    /** Shows up as skipped, with the reason, in the test report when the corpus is absent. */
    @Test
    void sharedCorpusIsPresent() {
        assertThat(corpus().resolve("requirements")).isDirectory();
    }

    private static Path corpus() {
        String shared = System.getProperty("shared.dir");
        Path corpus = shared == null ? null : Path.of(shared, "corpus");
        boolean present = corpus != null && Files.isDirectory(corpus.resolve("dockerfiles"));
        if (!present) System.out.println("CorpusTest skipped: no shared corpus at " + corpus + " (set -Dshared.dir)");
        assumeTrue(present, "Skipped: the shared corpus is not at " + corpus + " (set -Dshared.dir to the folder holding corpus/).");
        return corpus;
    }

    @TestFactory
    Stream<DynamicTest> dockerfilesMatchTheExpectedTable() throws IOException {
        Path corpus = corpus();
        List<String[]> rows = Files.readAllLines(corpus.resolve("dockerfiles-expected.tsv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        try (Stream<Path> files = Files.list(corpus.resolve("dockerfiles"))) {
            assertThat(rows.stream().map(r -> r[0]).collect(Collectors.toSet()))
                    .as("every corpus Dockerfile has an expected row")
                    .containsAll(files.map(f -> f.getFileName().toString()).toList());
        }
        return rows.stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
            BaseImage base = Dockerfile.read(corpus.resolve("dockerfiles").resolve(row[0])).base().orElseThrow();
            String kind = base.kind() == ImageKind.CERTIFIED ? "ac" : base.kind().id();
            assertThat(kind).as("kind").isEqualTo(row[5]);
            assertThat(base.runtimeImage().orElse("-")).as("image").isEqualTo(row[1]);
            String version = base.kind().isRuntime() && base.version() != null ? base.version().toString() : "-";
            assertThat(version).as("runtimeVersion").isEqualTo(row[2]);
        }));
    }

    @TestFactory
    Stream<DynamicTest> runtimeDockerfilesTakeAOneLineVersionChange() throws IOException {
        Path corpus = corpus();
        try (Stream<Path> files = Files.list(corpus.resolve("dockerfiles"))) {
            return files.sorted().toList().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                Dockerfile dockerfile = Dockerfile.read(file);
                BaseImage base = dockerfile.base().orElseThrow();
                if (!base.kind().isRuntime() || base.version() == null) return;
                RuntimeVersion v = base.version();
                String target = v.isAirflow3() ? v.major() + "." + v.minor() + "-" + (v.patchOrBuild() + 1) : v.major() + "." + (v.minor() + 1) + ".0";
                FileEdit edit = new DockerfileEditor().setRuntimeVersion(dockerfile, target);
                List<String> before = UnifiedDiff.lines(edit.original().text());
                List<String> after = UnifiedDiff.lines(TextFile.decode(null, edit.updated()).text());
                assertThat(after).hasSameSizeAs(before);
                assertThat(IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i))).count()).isEqualTo(1);
                assertThat(Dockerfile.parse(TextFile.decode(null, edit.updated())).base().orElseThrow().version()).isEqualTo(RuntimeVersion.parse(target));
            }));
        }
    }

    @TestFactory
    Stream<DynamicTest> requirementsRoundTripByteForByte() throws IOException {
        Path corpus = corpus();
        try (Stream<Path> files = Files.list(corpus.resolve("requirements"))) {
            return files.sorted().toList().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                byte[] bytes = Files.readAllBytes(file);
                Requirements requirements = Requirements.read(file);
                assertThat(Arrays.equals(requirements.file().encode(requirements.file().text()), bytes)).as("parse + write gives the same bytes").isTrue();
                assertThat(RequirementsEditor.pin(requirements, Map.of(), false).changed()).as("an empty edit changes nothing").isFalse();
                for (Requirements.Entry provider : requirements.providers()) {
                    // Pinning a package to the version it is already pinned to changes nothing (duplicates aside: they get pinned too).
                    if (provider.exactVersion() == null || provider.hasHashes() || requirements.named(provider.name()).size() > 1) continue;
                    FileEdit same = RequirementsEditor.pin(requirements, Map.of(provider.name(), provider.exactVersion()), false);
                    assertThat(same.changed()).as(provider.name()).isFalse();
                }
            }));
        }
    }
}
