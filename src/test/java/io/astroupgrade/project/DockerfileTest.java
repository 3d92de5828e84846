package io.astroupgrade.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.version.RuntimeVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerfileTest {

    private static BaseImage base(String text) {
        return Dockerfile.parse(text).base().orElseThrow();
    }

    @Test
    void plainFrom() {
        BaseImage base = base("FROM quay.io/astronomer/astro-runtime:12.1.0\n");
        assertThat(base.image()).isEqualTo("quay.io/astronomer/astro-runtime:12.1.0");
        assertThat(base.kind()).isEqualTo(ImageKind.RUNTIME);
        assertThat(base.version()).isEqualTo(RuntimeVersion.parse("12.1.0"));
        assertThat(base.flavour()).isEmpty();
        assertThat(base.registry()).isEqualTo("quay.io");
        assertThat(base.airflowMajor()).isEqualTo(2);
        assertThat(base.line()).isEqualTo(1);
        assertThat(base.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "quay.io/astronomer/astro-runtime:11.15.1-ubi9-python-3.12-slim-base | runtime | 11.15.1 | -ubi9-python-3.12-slim-base",
        "quay.io/astronomer/astro-runtime:13.7.0-slim-python-3.12 | runtime | 13.7.0 | -slim-python-3.12",
        "astrocrpublic.azurecr.io/astronomer/astro-runtime:13.7.0-base | runtime | 13.7.0 | -base",
        "astrocrpublic.azurecr.io/runtime:3.1-12-python-3.12 | runtime-af3 | 3.1-12 | -python-3.12",
        "quay.io/astronomer/astro-runtime-dev:13.0.0-alpha1 | runtime-dev | 13.0.0 | -alpha1",
        "quay.io/astronomer/ap-airflow:2.4.3-onbuild | certified | - | ''",
        "astronomerinc/ap-airflow:2.0.2-buster | certified | - | ''",
        "docker.io/astronomerinc/ap-airflow:latest-onbuild | certified | - | ''",
        "python:3.11-slim | other | - | ''",
    })
    void kindsVersionsAndFlavours(String image, String kind, String version, String flavour) {
        BaseImage base = base("FROM " + image + "\n");
        assertThat(base.kind().id()).isEqualTo(kind);
        assertThat(base.version() == null ? "-" : base.version().toString()).isEqualTo(version);
        assertThat(base.flavour()).isEqualTo(flavour);
        assertThat(base.image()).isEqualTo(image);
        assertThat(base.registry()).isEqualTo(image.startsWith("python") || image.startsWith("astronomerinc") ? "docker.io" : image.split("/")[0]);
    }

    @Test
    void platformStageAndDigest() {
        BaseImage base = base("FROM --platform=linux/amd64 quay.io/astronomer/astro-runtime:12.1.0-base@sha256:0123abcd AS runtime\n");
        assertThat(base.platform()).isEqualTo("linux/amd64");
        assertThat(base.stageName()).isEqualTo("runtime");
        assertThat(base.image()).isEqualTo("quay.io/astronomer/astro-runtime:12.1.0-base");
        assertThat(base.reference().digest()).isEqualTo("sha256:0123abcd");
        assertThat(base.warnings()).anyMatch(w -> w.contains("digest"));
    }

    @Test
    void floatingAndLatestTagsAreWarned() {
        BaseImage floating = base("FROM astrocrpublic.azurecr.io/runtime:3.1\n");
        assertThat(floating.version()).isNull();
        assertThat(floating.kind()).isEqualTo(ImageKind.RUNTIME_AF3);
        assertThat(floating.warnings()).anyMatch(w -> w.contains("floats"));
        assertThat(base("FROM quay.io/astronomer/astro-runtime:latest\n").warnings()).anyMatch(w -> w.contains("'latest'"));
        assertThat(base("FROM quay.io/astronomer/astro-runtime\n").warnings()).anyMatch(w -> w.contains("latest"));
    }

    @Test
    void inlineCommentAfterImageIsWarned() {
        BaseImage base = base("FROM quay.io/astronomer/astro-runtime:12.1.0 # pinned\n");
        assertThat(base.version()).isEqualTo(RuntimeVersion.parse("12.1.0"));
        assertThat(base.warnings()).anyMatch(w -> w.contains("comment after the image"));
    }

    @Test
    void commentedFromAndSyntaxDirectiveAreNotBases() {
        BaseImage base = base("# syntax=quay.io/astronomer/airflow-extensions:latest\n# FROM astrocrpublic.azurecr.io/runtime:3.0-2\n"
                + "FROM quay.io/astronomer/astro-runtime:12.9.0\n");
        assertThat(base.image()).isEqualTo("quay.io/astronomer/astro-runtime:12.9.0");
        assertThat(base.line()).isEqualTo(3);
    }

    @Test
    void backtickEscapeDirective() {
        String text = "# escape=`\nARG V=12.1.0\nFROM `\n  quay.io/astronomer/astro-runtime:${V}\nRUN dir C:\\\n";
        Dockerfile dockerfile = Dockerfile.parse(text);
        assertThat(dockerfile.escape()).isEqualTo('`');
        assertThat(dockerfile.base().orElseThrow().image()).isEqualTo("quay.io/astronomer/astro-runtime:12.1.0");
        assertThat(dockerfile.base().orElseThrow().line()).isEqualTo(3);
    }

    @Test
    void directiveAfterCommentIsJustAComment() {
        Dockerfile dockerfile = Dockerfile.parse("# hello\n# escape=`\nFROM quay.io/astronomer/astro-runtime:12.1.0 \\\n  AS x\n");
        assertThat(dockerfile.escape()).isEqualTo('\\');
        assertThat(dockerfile.base().orElseThrow().stageName()).isEqualTo("x");
    }

    @Test
    void continuationsSkipEmptyAndCommentLines() {
        BaseImage base = base("FROM \\\n\n# a comment inside\n   quay.io/astronomer/astro-runtime:12.1.0 \\\n  AS final\n");
        assertThat(base.image()).isEqualTo("quay.io/astronomer/astro-runtime:12.1.0");
        assertThat(base.stageName()).isEqualTo("final");
        assertThat(base.line()).isEqualTo(1);
    }

    @Test
    void heredocBodiesAreNotInstructions() {
        String text = "FROM quay.io/astronomer/astro-runtime:12.1.0\nRUN <<EOF\nFROM python:3.11\nEOF\n"
                + "COPY <<-\"END\" /x\n\tFROM node:20\n\tEND\nUSER astro\n";
        Dockerfile dockerfile = Dockerfile.parse(text);
        assertThat(dockerfile.fromLines()).containsExactly(1);
        assertThat(dockerfile.base().orElseThrow().kind()).isEqualTo(ImageKind.RUNTIME);
    }

    @Test
    void quotedDoubleAngleIsNotAHeredoc() {
        Dockerfile dockerfile = Dockerfile.parse("FROM python:3.11\nRUN echo \"a <<b\"\nFROM quay.io/astronomer/astro-runtime:12.1.0\nb\n");
        assertThat(dockerfile.fromLines()).containsExactly(1, 3);
        assertThat(dockerfile.base().orElseThrow().kind()).isEqualTo(ImageKind.RUNTIME);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ARG V=12.1.0\\nFROM quay.io/astronomer/astro-runtime:$V | quay.io/astronomer/astro-runtime:12.1.0",
        "ARG V=12.1.0\\nFROM quay.io/astronomer/astro-runtime:${V}-base | quay.io/astronomer/astro-runtime:12.1.0-base",
        "FROM quay.io/astronomer/astro-runtime:${V:-12.2.0} | quay.io/astronomer/astro-runtime:12.2.0",
        "ARG V=\\nFROM quay.io/astronomer/astro-runtime:${V:-12.2.0} | quay.io/astronomer/astro-runtime:12.2.0",
        "ARG B=1\\nFROM quay.io/astronomer/astro-runtime:12.1.0${B:+-base} | quay.io/astronomer/astro-runtime:12.1.0-base",
        "ARG B=\\nFROM quay.io/astronomer/astro-runtime:12.1.0${B:+-base} | quay.io/astronomer/astro-runtime:12.1.0",
        "ARG IMAGE=\"quay.io/astronomer/astro-runtime:5.0.1-base\"\\nFROM ${IMAGE} | quay.io/astronomer/astro-runtime:5.0.1-base",
        "ARG R=quay.io/astronomer\\nARG IMAGE=${R}/astro-runtime:9.0.0\\nFROM $IMAGE | quay.io/astronomer/astro-runtime:9.0.0",
        "ARG A=1 V=12.3.0\\nFROM quay.io/astronomer/astro-runtime:${V} | quay.io/astronomer/astro-runtime:12.3.0",
    })
    void argSubstitution(String text, String image) {
        BaseImage base = base(text.replace("\\n", "\n") + "\n");
        assertThat(base.image()).isEqualTo(image);
    }

    @Test
    void argWithoutDefaultIsUnresolved() {
        BaseImage base = base("ARG IMAGE_NAME\nFROM ${IMAGE_NAME}\n");
        assertThat(base.kind()).isEqualTo(ImageKind.UNRESOLVED);
        assertThat(base.image()).isNull();
        assertThat(base.argument()).isEqualTo("IMAGE_NAME");
        assertThat(base.warnings()).anyMatch(w -> w.contains("IMAGE_NAME") && w.contains("no default"));
    }

    @Test
    void argDeclaredInsideAStageDoesNotReachLaterFroms() {
        BaseImage base = base("FROM python:3.11 AS a\nARG V=12.1.0\nFROM quay.io/astronomer/astro-runtime:${V}\n");
        assertThat(base.kind()).isEqualTo(ImageKind.UNRESOLVED);
        assertThat(base.warnings()).anyMatch(w -> w.contains("after the first FROM"));
    }

    @Test
    void finalStageRunsAndEarlierStageNamesAreFollowed() {
        String text = "FROM quay.io/astronomer/astro-runtime:12.1.0 AS base\nRUN echo\nFROM node:20 AS assets\n"
                + "FROM BASE\nCOPY --from=assets /a /a\n";
        BaseImage base = base(text);
        assertThat(base.image()).isEqualTo("quay.io/astronomer/astro-runtime:12.1.0");
        assertThat(base.line()).isEqualTo(1);
        assertThat(base("FROM quay.io/astronomer/astro-runtime:12.1.0\nFROM node:20\n").kind()).isEqualTo(ImageKind.OTHER);
    }

    @Test
    void stageNameThroughAnArg() {
        BaseImage base = base("ARG DEPS=deps\nARG PY=3.9\nARG BASE=\"python:${PY}-slim\"\nFROM ${BASE} as deps\nFROM ${DEPS} as main\n");
        assertThat(base.image()).isEqualTo("python:3.9-slim");
        assertThat(base.line()).isEqualTo(4);
    }

    @Test
    void airflow3TagOnTheAirflow2RepositoryIsWarned() {
        BaseImage base = base("FROM quay.io/astronomer/astro-runtime:3.1-3\n");
        assertThat(base.kind()).isEqualTo(ImageKind.RUNTIME);
        assertThat(base.version()).isEqualTo(RuntimeVersion.parse("3.1-3"));
        assertThat(base.warnings()).anyMatch(w -> w.contains("probably does not exist"));
        assertThat(base("FROM quay.io/astronomer/astro-runtime:3.0.2\n").warnings()).anyMatch(w -> w.contains("2021 Runtime 3"));
    }

    @Test
    void certifiedIsExplained() {
        assertThat(base("FROM quay.io/astronomer/ap-airflow:2.6.2-buster\n").warnings()).anyMatch(w -> w.contains("Astronomer Certified"));
    }

    @Test
    void bomCrlfAndNoTrailingNewline() {
        byte[] bytes = "\uFEFFARG V=12.1.0\r\nFROM quay.io/astronomer/astro-runtime:${V}".getBytes(StandardCharsets.UTF_8);
        Dockerfile dockerfile = Dockerfile.parse(TextFile.decode(null, bytes));
        assertThat(dockerfile.file().encoding()).isEqualTo(TextFile.Encoding.UTF_8_BOM);
        assertThat(dockerfile.base().orElseThrow().image()).isEqualTo("quay.io/astronomer/astro-runtime:12.1.0");
        assertThat(dockerfile.base().orElseThrow().line()).isEqualTo(2);
    }

    @Test
    void trailingSpaceAfterTag() {
        assertThat(base("FROM quay.io/astronomer/astro-runtime:8.8.0 ").image()).isEqualTo("quay.io/astronomer/astro-runtime:8.8.0");
    }

    @Test
    void noFromAtAll() {
        Dockerfile dockerfile = Dockerfile.parse("# nothing\nRUN echo\n");
        assertThat(dockerfile.base()).isEmpty();
        assertThat(dockerfile.warnings()).anyMatch(w -> w.contains("no FROM"));
        assertThat(Dockerfile.parse("").base()).isEmpty();
    }

    @Test
    void invalidEscapeDirectiveIsWarned() {
        assertThat(Dockerfile.parse("# escape=x\nFROM python:3\n").warnings()).anyMatch(w -> w.contains("escape"));
    }
}
