package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.version.RuntimeTag;
import io.astroupgrade.version.InvalidVersionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuntimeVersionTest {

    @Test
    void ordersLikeTheCli() {
        List<String> expected = List.of("3.0.4", "12.9.0", "12.10.0", "13.7.0", "3.0-9", "3.0-10", "3.1-1");
        List<RuntimeVersion> versions = new ArrayList<>(expected.stream().map(RuntimeVersion::parse).toList());
        Collections.shuffle(versions, new java.util.Random(7));
        Collections.sort(versions);
        assertThat(versions).extracting(RuntimeVersion::toString).containsExactlyElementsOf(expected);
    }

    @Test
    void knowsTheAirflowMajorAndTheOld2021Runtime3() {
        RuntimeVersion old = RuntimeVersion.parse("3.0.2");
        RuntimeVersion af3 = RuntimeVersion.parse("3.0-2");
        assertThat(old.airflowMajor()).isEqualTo(2);
        assertThat(old.isLegacyRuntime3()).isTrue();
        assertThat(af3.airflowMajor()).isEqualTo(3);
        assertThat(af3.isLegacyRuntime3()).isFalse();
        assertThat(af3.minorLine()).isEqualTo("3.0");
    }

    @Test
    void refusesPartialVersionsWithAHint() {
        assertThatThrownBy(() -> RuntimeVersion.parse("9.1"))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("partial")
                .hasMessageContaining("9.1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 9.1.0", "9.1.0 ", "v9.1.0", "09.1.0", "9.1.0-python-3.11", "9.1.0;rm -rf /", "2.10-1", "latest", "3.1", "1.2.3.4", "9999999999.0.0"})
    void refusesAnythingButAFullVersion(String text) {
        assertThatThrownBy(() -> RuntimeVersion.parse(text)).isInstanceOf(InvalidVersionException.class);
    }

    @Test
    void splitsATagIntoVersionAndFlavour() {
        assertThat(RuntimeTag.parse("11.15.1-ubi9-python-3.12-slim-base")).hasValueSatisfying(tag -> {
            assertThat(tag.version()).hasToString("11.15.1");
            assertThat(tag.flavour()).isEqualTo("-ubi9-python-3.12-slim-base");
        });
        assertThat(RuntimeTag.parse("3.1-12-python-3.12")).hasValueSatisfying(tag -> {
            assertThat(tag.version()).hasToString("3.1-12");
            assertThat(tag.flavour()).isEqualTo("-python-3.12");
        });
        assertThat(RuntimeTag.parse("3.1")).isEmpty();
        assertThat(RuntimeTag.parse("latest")).isEmpty();
        assertThat(RuntimeTag.parse("9.1-python-3.11")).isEmpty();
    }

    @Test
    void ordersTheIssueChainStrictly() {
        List<String> chain = List.of("3.0-10", "3.0-9", "13.7.0", "12.10.0", "12.9.0", "3.0.4");
        for (int i = 0; i + 1 < chain.size(); i++) {
            assertThat(RuntimeVersion.parse(chain.get(i))).as(chain.get(i) + " > " + chain.get(i + 1))
                    .isGreaterThan(RuntimeVersion.parse(chain.get(i + 1)));
        }
    }

    @Test
    void readsThePythonOfAFlavour() {
        assertThat(RuntimeTag.parse("11.15.1-ubi9-python-3.12-slim-base").orElseThrow().pythonVersion()).hasValue("3.12");
        assertThat(RuntimeTag.parse("13.7.0-slim-python-3.11").orElseThrow().pythonVersion()).hasValue("3.11");
        assertThat(RuntimeTag.parse("9.7.0-python-3.10").orElseThrow().pythonVersion()).hasValue("3.10");
        assertThat(RuntimeTag.parse("9.7.0-base").orElseThrow().pythonVersion()).isEmpty();
        assertThat(RuntimeTag.parse("9.7.0").orElseThrow().pythonVersion()).isEmpty();
    }
}
