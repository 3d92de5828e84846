package io.astroupgrade.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequirementsEditorTest {

    private static String text(FileEdit edit) {
        return new String(edit.updated(), StandardCharsets.UTF_8);
    }

    private static FileEdit pin(String text, Map<String, String> versions, boolean replaceRanges) throws EditRefusedException {
        return RequirementsEditor.pin(Requirements.parse(text), versions, replaceRanges);
    }

    @Test
    void pinsUpdatesAndAddsWhileKeepingOtherBytes() throws Exception {
        String text = "# keep me  \r\napache-airflow-providers-amazon==8.0.0 # pinned\r\nApache_Airflow_Providers_Slack[x] ; python_version>'3'\r\npandas\r\n";
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("apache-airflow-providers-amazon", "8.1.0");
        versions.put("apache-airflow-providers-slack", "7.3.0");
        versions.put("apache-airflow-providers-http", "4.5.0");
        FileEdit edit = pin(text, versions, false);
        assertThat(text(edit)).isEqualTo("# keep me  \r\napache-airflow-providers-amazon==8.1.0 # pinned\r\n"
                + "Apache_Airflow_Providers_Slack[x]==7.3.0 ; python_version>'3'\r\npandas\r\napache-airflow-providers-http==4.5.0\r\n");
        assertThat(edit.conflicts()).isEmpty();
        assertThat(edit.diff()).contains("-apache-airflow-providers-amazon==8.0.0 # pinned", "+apache-airflow-providers-http==4.5.0");
    }

    @Test
    void rangeIsKeptAndReportedUnlessReplaced() throws Exception {
        String text = "apache-airflow-providers-google>=10,<11\n";
        FileEdit kept = pin(text, Map.of("apache-airflow-providers-google", "10.5.0"), false);
        assertThat(kept.changed()).isFalse();
        assertThat(kept.conflicts()).singleElement().asString().contains(">=10,<11");
        FileEdit replaced = pin(text, Map.of("apache-airflow-providers-google", "10.5.0"), true);
        assertThat(text(replaced)).isEqualTo("apache-airflow-providers-google==10.5.0\n");
    }

    @Test
    void hashedAndUrlLinesAreConflicts() throws Exception {
        FileEdit edit = pin("foo==1.0 --hash=sha256:abc\nbar @ https://x/bar.whl\n", Map.of("foo", "1.1", "bar", "2.0"), true);
        assertThat(edit.changed()).isFalse();
        assertThat(edit.conflicts()).hasSize(2).anyMatch(c -> c.contains("--hash")).anyMatch(c -> c.contains("URL"));
    }

    @Test
    void continuedLineIsEditedInPlace() throws Exception {
        assertThat(text(pin("foo\\\n==1.0\n", Map.of("foo", "1.1"), false))).isEqualTo("foo\\\n==1.1\n");
    }

    @Test
    void addingToAFileWithoutTrailingNewlineKeepsItThatWay() throws Exception {
        assertThat(text(pin("pandas", Map.of("apache-airflow-providers-amazon", "8.0.0"), false)))
                .isEqualTo("pandas\napache-airflow-providers-amazon==8.0.0");
        assertThat(text(pin("", Map.of("foo", "1.0"), false))).isEqualTo("foo==1.0\n");
    }

    @Test
    void unpinAndChangePin() throws Exception {
        String text = "apache-airflow-providers-amazon == 8.0.0 ; python_version>'3'\nfoo>=1,<2\nbar\n";
        assertThat(text(RequirementsEditor.unpin(Requirements.parse(text), List.of("apache-airflow-providers-amazon", "foo", "bar"))))
                .isEqualTo("apache-airflow-providers-amazon ; python_version>'3'\nfoo\nbar\n");
        assertThat(text(RequirementsEditor.changePin(Requirements.parse(text), "apache_airflow_providers_amazon", "8.2.0")))
                .isEqualTo(text.replace("8.0.0", "8.2.0"));
        assertThatThrownBy(() -> RequirementsEditor.changePin(Requirements.parse(text), "nope", "1.0")).hasMessageContaining("not listed");
    }

    @Test
    void refusesBadNamesAndVersions() {
        assertThatThrownBy(() -> pin("", Map.of("foo", "1.0\n--index-url http://evil"), false)).isInstanceOf(EditRefusedException.class);
        assertThatThrownBy(() -> pin("", Map.of("foo bar", "1.0"), false)).isInstanceOf(EditRefusedException.class);
        assertThatThrownBy(() -> pin("", Map.of("foo", ">=1.0"), false)).isInstanceOf(EditRefusedException.class);
    }

    @Test
    void acceptsPep440Versions() throws Exception {
        for (String v : List.of("1!2.0", "2.0.0rc1", "1.0.post1", "1.0.dev3", "2.10.5+astro.1", "1.0a1")) {
            assertThat(text(pin("foo==1\n", Map.of("foo", v), false))).isEqualTo("foo==" + v + "\n");
        }
    }

    @Test
    void utf16FileIsWrittenBackAsUtf16() throws Exception {
        byte[] bytes = RequirementsTest.withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a==1\r\nb==2\r\n".getBytes(StandardCharsets.UTF_16LE));
        FileEdit edit = RequirementsEditor.pin(Requirements.parse(TextFile.decode(null, bytes)), Map.of("b", "3"), false);
        byte[] expected = RequirementsTest.withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a==1\r\nb==3\r\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(edit.updated()).isEqualTo(expected);
    }

    @Test
    void duplicateLinesAreAllPinned() throws Exception {
        assertThat(text(pin("foo==1\nFoo\n", Map.of("foo", "2"), false))).isEqualTo("foo==2\nFoo==2\n");
    }
}
