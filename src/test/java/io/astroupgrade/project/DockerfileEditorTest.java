package io.astroupgrade.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerfileEditorTest {

    private final DockerfileEditor editor = new DockerfileEditor();

    private String edit(String text, String target) throws EditRefusedException {
        FileEdit edit = editor.setRuntimeVersion(Dockerfile.parse(text), target);
        return new String(edit.updated(), StandardCharsets.UTF_8);
    }

    @Test
    void changesOnlyTheVersionAndKeepsEverythingElse() throws Exception {
        String text = "# my project\r\nFROM --platform=linux/amd64 quay.io/astronomer/astro-runtime:12.1.0-python-3.11-base AS main\r\n"
                + "RUN echo hi\nUSER astro";
        assertThat(edit(text, "12.2.1")).isEqualTo(text.replace("12.1.0", "12.2.1"));
    }

    @Test
    void keepsBomAndEncoding() throws Exception {
        byte[] bytes = "\uFEFFFROM quay.io/astronomer/astro-runtime:12.1.0\n".getBytes(StandardCharsets.UTF_8);
        FileEdit edit = editor.setRuntimeVersion(Dockerfile.parse(TextFile.decode(null, bytes)), "12.2.0");
        assertThat(edit.updated()).isEqualTo("\uFEFFFROM quay.io/astronomer/astro-runtime:12.2.0\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void diffShowsTheFromLine() throws Exception {
        FileEdit edit = editor.setRuntimeVersion(Dockerfile.parse("FROM quay.io/astronomer/astro-runtime:12.1.0\nUSER astro\n"), "12.2.0");
        assertThat(edit.diff()).isEqualTo("--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,2 @@\n"
                + "-FROM quay.io/astronomer/astro-runtime:12.1.0\n+FROM quay.io/astronomer/astro-runtime:12.2.0\n USER astro\n");
        assertThat(edit.notes()).anyMatch(n -> n.contains("12.1.0 → 12.2.0"));
    }

    @Test
    void argDefaultIsEditedWhenTheVersionComesFromIt() throws Exception {
        String text = "ARG RUNTIME_VERSION=\"13.7.0\"\nFROM astrocrpublic.azurecr.io/astronomer/astro-runtime:${RUNTIME_VERSION}-base\n";
        FileEdit edit = editor.setRuntimeVersion(Dockerfile.parse(text), "13.8.0");
        assertThat(new String(edit.updated(), StandardCharsets.UTF_8)).isEqualTo(text.replace("13.7.0", "13.8.0"));
        assertThat(edit.notes()).anyMatch(n -> n.contains("RUNTIME_VERSION") && n.contains("line 1"));
    }

    @Test
    void substitutionDefaultInsideFromIsEdited() throws Exception {
        assertThat(edit("FROM quay.io/astronomer/astro-runtime:${V:-12.1.0}\n", "12.3.0"))
                .isEqualTo("FROM quay.io/astronomer/astro-runtime:${V:-12.3.0}\n");
    }

    @Test
    void digestIsDroppedAndExplained() throws Exception {
        FileEdit edit = editor.setRuntimeVersion(Dockerfile.parse("FROM quay.io/astronomer/astro-runtime:12.1.0@sha256:abc AS x\n"), "12.2.0");
        assertThat(new String(edit.updated(), StandardCharsets.UTF_8)).isEqualTo("FROM quay.io/astronomer/astro-runtime:12.2.0 AS x\n");
        assertThat(edit.notes()).anyMatch(n -> n.contains("digest") && n.contains("removed"));
    }

    @Test
    void airflow3TargetSwitchesRepositoryAndExplainsFlavour() throws Exception {
        FileEdit edit = editor.setRuntimeVersion(Dockerfile.parse("FROM quay.io/astronomer/astro-runtime:13.7.0-python-3.12-base\n"), "3.1-12");
        assertThat(new String(edit.updated(), StandardCharsets.UTF_8)).isEqualTo("FROM astrocrpublic.azurecr.io/runtime:3.1-12-python-3.12-base\n");
        assertThat(edit.notes()).anyMatch(n -> n.contains("astrocrpublic.azurecr.io/runtime") && n.contains("Flavour mapping"));
    }

    @Test
    void airflow3TargetThroughArgChangesArgAndRepository() throws Exception {
        String text = "ARG V=13.7.0\nFROM quay.io/astronomer/astro-runtime:${V}\n";
        assertThat(edit(text, "3.0-1")).isEqualTo("ARG V=3.0-1\nFROM astrocrpublic.azurecr.io/runtime:${V}\n");
    }

    @Test
    void airflow3BuildUpgradeStaysInItsRepository() throws Exception {
        assertThat(edit("FROM astrocrpublic.azurecr.io/runtime:3.0-9\n", "3.0-10")).isEqualTo("FROM astrocrpublic.azurecr.io/runtime:3.0-10\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.1", "13", "latest", "12.1.0-base", "12.1.0\nRUN rm -rf /", "12.1.0 ", "1.2-3", "012.1.0", "", "$(id)"})
    void refusesAnythingButAFullVersion(String target) {
        assertThatThrownBy(() -> edit("FROM quay.io/astronomer/astro-runtime:12.1.0\n", target))
                .isInstanceOf(EditRefusedException.class).hasMessageNotContaining("\n");
    }

    @Test
    void partialVersionIsExplained() {
        assertThatThrownBy(() -> edit("FROM quay.io/astronomer/astro-runtime:9.0.0\n", "9.1")).hasMessageContaining("partial");
    }

    @Test
    void refusesADowngradeAndExplainsRollback() {
        assertThatThrownBy(() -> edit("FROM quay.io/astronomer/astro-runtime:12.1.0\n", "11.0.0")).hasMessageContaining("rollback");
        assertThatThrownBy(() -> edit("FROM astrocrpublic.azurecr.io/runtime:3.0-1\n", "13.7.0")).hasMessageContaining("lower");
        assertThatThrownBy(() -> edit("FROM quay.io/astronomer/astro-runtime:12.1.0\n", "12.1.0")).hasMessageContaining("nothing to change");
    }

    @Test
    void refusesATargetTheCatalogDoesNotKnow() {
        DockerfileEditor strict = new DockerfileEditor(v -> !v.isAirflow3());
        assertThatThrownBy(() -> strict.setRuntimeVersion(Dockerfile.parse("FROM quay.io/astronomer/astro-runtime:13.7.0\n"), "3.9-99"))
                .hasMessageContaining("does not exist").hasMessageContaining("Airflow 3");
    }

    @Test
    void refusesWithoutARuntimeBase() {
        assertThatThrownBy(() -> edit("ARG IMAGE\nFROM $IMAGE\n", "12.1.0")).hasMessageContaining("no default");
        assertThatThrownBy(() -> edit("FROM python:3.11\n", "12.1.0")).hasMessageContaining("not an Astro Runtime image");
        assertThatThrownBy(() -> edit("FROM quay.io/astronomer/ap-airflow:2.4.3\n", "12.1.0")).hasMessageContaining("Astronomer Certified");
        assertThatThrownBy(() -> edit("RUN echo\n", "12.1.0")).hasMessageContaining("no FROM");
        assertThatThrownBy(() -> edit("FROM astrocrpublic.azurecr.io/runtime:3.1\n", "3.1-12")).hasMessageContaining("floats");
    }

    @Test
    void refusesAVersionPutTogetherFromPieces() {
        assertThatThrownBy(() -> edit("ARG MAJOR=12\nFROM quay.io/astronomer/astro-runtime:${MAJOR}.1.0\n", "12.2.0"))
                .hasMessageContaining("several pieces");
    }
}
