package io.astroupgrade.docker;

import io.astroupgrade.version.PythonVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PythonVersionTest {

    /** PEP 440's own example ordering (plus epochs and local versions), lowest first. */
    static final List<String> ORDERED = List.of(
            "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2",
            "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7",
            "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1", "2.6.3", "2.6.3+astro.1",
            "2.6.3+astro.2", "2.10.5", "10.0.0", "1!0.1", "1!2.0.0");

    @Test
    void sortsLikePep440() {
        List<PythonVersion> shuffled = new ArrayList<>(ORDERED.stream().map(PythonVersion::parse).toList());
        Collections.shuffle(shuffled, new java.util.Random(42));
        Collections.sort(shuffled);
        assertThat(shuffled).extracting(PythonVersion::toString).containsExactlyElementsOf(ORDERED);
    }

    @ParameterizedTest
    @CsvSource({
            "1.0,1.0.0", "1.0-alpha.1,1.0a1", "1.0c1,1.0rc1", "1.0-1,1.0.post1", "1.0.rev2,1.0.post2",
            "v1.0,1.0", "1.0.DEV,1.0.dev0", "1.0+ASTRO-1,1.0+astro.1", "01.02,1.2", "1.0+01,1.0+1", "' 1.0 ',1.0",
            "1.0-preview2,1.0rc2", "0!1.0,1.0"})
    void equalSpellingsAreEqual(String a, String b) {
        PythonVersion x = PythonVersion.parse(a);
        PythonVersion y = PythonVersion.parse(b);
        assertThat(x).isEqualTo(y).hasSameHashCodeAs(y);
        assertThat(x.compareTo(y)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"1.0-alpha.1,1.0a1", "1!2.0RC1-POST2_dev3+Astro_1,1!2.0rc1.post2.dev3+astro.1", "2.6.3+astro.1,2.6.3+astro.1", "1.01,1.1"})
    void printsTheNormalisedForm(String text, String normalised) {
        assertThat(PythonVersion.parse(text)).hasToString(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.0-SNAPSHOT", "1..0", "1.0+", "1.0 beta", "==1.0", "1.0-"})
    void rejectsWhatIsNotPep440(String text) {
        assertThat(PythonVersion.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> PythonVersion.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PEP 440");
    }

    @Test
    void exposesItsParts() {
        PythonVersion v = PythonVersion.parse("2.6.3rc1+astro.1");
        assertThat(v.releasePart(1)).hasToString("6");
        assertThat(v.releasePart(5)).hasToString("0");
        assertThat(v.isPreRelease()).isTrue();
        assertThat(v.hasLocal()).isTrue();
        assertThat(v.publicVersion()).hasToString("2.6.3rc1");
        assertThat(PythonVersion.tryParse(null)).isEmpty();
        assertThat(PythonVersion.parse("99999999999999999999999.1").releasePart(0)).hasToString("99999999999999999999999");
    }
}
