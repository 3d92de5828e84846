package io.astroupgrade.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.project.Requirements.Entry;
import io.astroupgrade.project.Requirements.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementsTest {

    private static final String SAMPLE = String.join("\n",
            "# providers",
            "apache-airflow-providers-amazon==8.0.0  # inline comment",
            "Apache_Airflow.Providers-Google[leveldb] >= 10.0, <11 ; python_version >= \"3.9\"",
            "apache-airflow-providers-http~=4.1",
            "apache-airflow-providers-slack",
            "apache-airflow-providers-ftp===3.1.0",
            "apache-airflow-providers-sqlite != 3.0.0",
            "weird==1!2.0",
            "-r other.txt",
            "--index-url https://pypi.example/simple",
            "--extra-index-url=https://extra.example/simple",
            "--find-links ./wheels",
            "-c constraints.txt",
            "pandas==2.1.0 \\",
            "    --hash=sha256:aaaa \\",
            "    --hash=sha256:bbbb",
            "requests@https://example.com/requests.tar.gz",
            "mylib @ git+https://github.com/me/mylib.git@v1",
            "git+https://github.com/me/other.git#egg=other-lib",
            "./local/package",
            "https://example.com/pkg-1.0-py3-none-any.whl",
            "-e git+https://github.com/me/edit.git#egg=editable_pkg",
            "",
            "  ",
            "numpy#not-a-comment==1.0",
            "this is not valid",
            "");

    private final Requirements requirements = Requirements.parse(SAMPLE);

    private Entry named(String name) {
        return requirements.named(name).get(0);
    }

    @Test
    void readsNamesSpecifiersExtrasAndMarkers() {
        Entry google = named("apache-airflow-providers-google");
        assertThat(google.line()).isEqualTo(3);
        assertThat(google.normalizedName()).isEqualTo("apache-airflow-providers-google");
        assertThat(google.extras()).isEqualTo("[leveldb]");
        assertThat(google.specifier()).isEqualTo(">= 10.0, <11");
        assertThat(google.marker()).isEqualTo("python_version >= \"3.9\"");
        assertThat(named("apache-airflow-providers-amazon").specifier()).isEqualTo("==8.0.0");
        assertThat(named("apache-airflow-providers-amazon").exactVersion()).isEqualTo("8.0.0");
        assertThat(named("apache-airflow-providers-http").specifier()).isEqualTo("~=4.1");
        assertThat(named("apache-airflow-providers-slack").specifier()).isEmpty();
        assertThat(named("apache-airflow-providers-ftp").exactVersion()).isEqualTo("3.1.0");
        assertThat(named("apache-airflow-providers-sqlite").specifier()).isEqualTo("!= 3.0.0");
        assertThat(named("weird").exactVersion()).isEqualTo("1!2.0");
    }

    @Test
    void listsEveryProviderInOrder() {
        assertThat(requirements.providers()).extracting(Entry::normalizedName).containsExactly(
                "apache-airflow-providers-amazon", "apache-airflow-providers-google", "apache-airflow-providers-http",
                "apache-airflow-providers-slack", "apache-airflow-providers-ftp", "apache-airflow-providers-sqlite");
    }

    @Test
    void optionsUrlsPathsAndEditables() {
        List<Entry> entries = requirements.entries();
        assertThat(entries).filteredOn(e -> e.kind() == Kind.OPTION).extracting(e -> e.options().get(0))
                .containsExactly("-r", "--index-url", "--extra-index-url", "--find-links", "-c");
        Entry pandas = named("pandas");
        assertThat(pandas.line()).isEqualTo(14);
        assertThat(pandas.hasHashes()).isTrue();
        assertThat(pandas.exactVersion()).isEqualTo("2.1.0");
        assertThat(named("requests").kind()).isEqualTo(Kind.DIRECT_URL);
        assertThat(named("mylib").kind()).isEqualTo(Kind.DIRECT_URL);
        assertThat(named("other-lib").kind()).isEqualTo(Kind.URL_OR_PATH);
        assertThat(named("editable-pkg").kind()).isEqualTo(Kind.EDITABLE);
        assertThat(entries).filteredOn(e -> e.kind() == Kind.URL_OR_PATH).hasSize(3);
    }

    @Test
    void hashInsideANameIsNotAComment() {
        assertThat(requirements.entries()).anyMatch(e -> e.text().equals("numpy#not-a-comment==1.0"));
    }

    @Test
    void reportsInvalidLinesAndIncludes() {
        assertThat(requirements.problems()).anyMatch(p -> p.line() == 26 && p.message().contains("not a valid requirement"));
        assertThat(requirements.problems()).anyMatch(p -> p.line() == 9 && p.message().contains("another file"));
        assertThat(requirements.problems()).anyMatch(p -> p.line() == 13 && p.message().contains("another file"));
    }

    @Test
    void reportsDuplicatesAndConflicts() {
        Requirements r = Requirements.parse("apache-airflow-providers-amazon==8.0.0\nfoo>=1\nApache_Airflow_Providers_Amazon==8.0.0\nFOO<2\n");
        assertThat(r.problems()).extracting(Requirements.Problem::message).containsExactly(
                "Duplicate lines for apache-airflow-providers-amazon: line 1 (==8.0.0), line 3 (==8.0.0).",
                "Conflicting lines for foo: line 2 (>=1), line 4 (<2).");
    }

    @Test
    void continuationsAndCommentLinesFollowPip() {
        Requirements r = Requirements.parse("foo\\\n==1.0\n# comment ends with backslash \\\nbar==2 \\\n# a comment stops the continuation\nbaz\n");
        assertThat(r.named("foo").get(0).exactVersion()).isEqualTo("1.0");
        assertThat(r.named("bar").get(0).exactVersion()).isEqualTo("2");
        assertThat(r.named("baz")).hasSize(1);
    }

    @Test
    void emptyAndBlankFiles() {
        assertThat(Requirements.parse("").entries()).isEmpty();
        assertThat(Requirements.parse("\n\n  \n# only comments\n").entries()).isEmpty();
        assertThat(Requirements.parse("").problems()).isEmpty();
    }

    @Test
    void encodingsAreDetected() {
        byte[] utf16 = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, "apache-airflow-providers-amazon==8.0.0\r\n".getBytes(StandardCharsets.UTF_16LE));
        Requirements r = Requirements.parse(TextFile.decode(null, utf16));
        assertThat(r.file().encoding()).isEqualTo(TextFile.Encoding.UTF_16LE_BOM);
        assertThat(r.providers()).hasSize(1);
        byte[] utf8Bom = withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "foo==1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Requirements.parse(TextFile.decode(null, utf8Bom)).named("foo")).hasSize(1);
        byte[] latin1 = "caf\u00e9==1\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextFile.decode(null, latin1).encoding()).isEqualTo(TextFile.Encoding.BYTES);
        assertThat(TextFile.decode(null, latin1).encode(TextFile.decode(null, latin1).text())).isEqualTo(latin1);
    }

    static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
