package io.astroupgrade.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Pep440VersionTest {

    private static Pep440Version v(String text) {
        return Pep440Version.parse(text).orElseThrow();
    }

    /** In PEP 440 order (the list from the specification's examples, plus epochs and local versions). */
    private static final List<String> ORDERED = List.of(
            "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456",
            "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7", "1.0+5", "1.0.post456.dev34", "1.0.post456",
            "1.0.15", "1.1.dev1", "2.10.5", "2.10.5+astro.1", "2.10.5+astro.2", "2.10.5+astro.10", "2.10.5.post1", "10.0.0", "1!0.1");

    @Test
    void sortsInPep440Order() {
        List<Pep440Version> shuffled = new ArrayList<>(ORDERED.stream().map(Pep440VersionTest::v).toList());
        Collections.shuffle(shuffled, new Random(42));
        Collections.sort(shuffled);
        assertThat(shuffled).extracting(Pep440Version::toString).containsExactlyElementsOf(ORDERED);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1.0.0", "1.0alpha1, 1.0a1", "1.0c1, 1.0rc1", "1.0-1, 1.0.post1", "1.0.RC1, 1.0rc1", "v2.0, 2.0", "1.0-dev2, 1.0.dev2"})
    void normalisedSpellingsAreEqual(String a, String b) {
        assertThat(v(a)).isEqualTo(v(b)).hasSameHashCodeAs(v(b));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "latest", "1.0 beta", "1..0", "abc", "1.0+", "1.0+a..b"})
    void rejectsWhatIsNotAVersion(String text) {
        assertThat(Pep440Version.parse(text)).isEmpty();
    }

    @Test
    void releaseParts() {
        assertThat(v("2.10.5+astro.1").releasePart(1)).isEqualTo(10);
        assertThat(v("3").releasePart(2)).isZero();
        assertThat(v("2.0.0rc1").isPreRelease()).isTrue();
        assertThat(v("2.10.5+astro.1").hasLocal()).isTrue();
    }
}
