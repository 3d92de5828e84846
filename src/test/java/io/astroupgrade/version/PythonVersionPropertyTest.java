package io.astroupgrade.docker;

import io.astroupgrade.version.PythonVersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** PEP 440 versions: parsing never throws, and the order is total and consistent with equals. */
class PythonVersionPropertyTest {

    @Property
    void parsingNeverThrows(@ForAll String text) {
        Optional<PythonVersion> parsed = PythonVersion.tryParse(text);
        parsed.ifPresent(v -> assertThat(PythonVersion.parse(v.toString())).isEqualTo(v));
    }

    @Property
    void theNormalisedFormParsesToAnEqualVersion(@ForAll("versions") String text) {
        PythonVersion v = PythonVersion.parse(text);
        PythonVersion again = PythonVersion.parse(v.toString());
        assertThat(again).isEqualTo(v).hasSameHashCodeAs(v);
        assertThat(again.toString()).isEqualTo(v.toString());
    }

    @Property
    void compareIsConsistentWithEquals(@ForAll("versions") String a, @ForAll("versions") String b) {
        PythonVersion x = PythonVersion.parse(a);
        PythonVersion y = PythonVersion.parse(b);
        assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
        if (x.toString().equals(y.toString())) assertThat(x).isEqualTo(y);
        if (x.equals(y)) assertThat(x.hashCode()).isEqualTo(y.hashCode());
    }

    @Property
    void compareIsTransitive(@ForAll("versions") String a, @ForAll("versions") String b, @ForAll("versions") String c) {
        PythonVersion x = PythonVersion.parse(a);
        PythonVersion y = PythonVersion.parse(b);
        PythonVersion z = PythonVersion.parse(c);
        if (x.compareTo(y) <= 0 && y.compareTo(z) <= 0) assertThat(x.compareTo(z)).isLessThanOrEqualTo(0);
    }

    /** Versions from a small alphabet, so that equal and near-equal ones come up often. */
    @Provide
    Arbitrary<String> versions() {
        Arbitrary<String> release = Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(4)
                .map(parts -> String.join(".", parts.stream().map(String::valueOf).toList()));
        Arbitrary<String> epoch = Arbitraries.of("", "", "1!", "0!");
        Arbitrary<String> pre = Arbitraries.of("", "", "a1", "b0", "rc1", ".alpha2", "-c1", "pre");
        Arbitrary<String> post = Arbitraries.of("", "", ".post1", "-2", ".rev", "post0");
        Arbitrary<String> dev = Arbitraries.of("", "", ".dev0", "dev1", "-dev");
        Arbitrary<String> local = Arbitraries.of("", "", "+astro.1", "+astro.2", "+1", "+01", "+Astro-1", "+abc.5.x");
        return Combinators.combine(epoch, release, pre, post, dev, local).as((e, r, p, po, d, l) -> e + r + p + po + d + l);
    }
}
