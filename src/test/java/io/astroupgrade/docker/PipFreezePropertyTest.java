package io.astroupgrade.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The freeze parser never throws, and what it reads back matches what was written. */
class PipFreezePropertyTest {

    @Property
    void neverThrowsOnAnyText(@ForAll String text) {
        PipFreeze freeze = PipFreeze.parse(text);
        assertThat(freeze.size()).isEqualTo(freeze.packages().size());
    }

    @Property
    void neverThrowsOnFreezeLikeLines(@ForAll("freezeLikeText") String text) {
        PipFreeze freeze = PipFreeze.parse(text);
        freeze.packages().forEach(p -> {
            assertThat(p.name()).isNotBlank().doesNotContain("=", " ");
            assertThat(p.version()).isNotBlank().doesNotContain(" ", ";", "#");
            assertThat(freeze.find(p.name())).isPresent();
        });
    }

    @Property
    void readsBackWhatWasWritten(@ForAll("names") List<String> names) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) text.append(names.get(i)).append("==1.").append(i).append('\n');
        PipFreeze freeze = PipFreeze.parse(text.toString());
        assertThat(freeze.size()).isEqualTo(names.stream().map(io.astroupgrade.project.PackageName::normalize).distinct().count());
        assertThat(freeze.versionOf(names.get(0))).contains("1.0");
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().withChars("abcXYZ019-_.").ofMinLength(1).ofMaxLength(12)
                .filter(n -> Character.isLetterOrDigit(n.charAt(0)) && Character.isLetterOrDigit(n.charAt(n.length() - 1)))
                .list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide
    Arbitrary<String> freezeLikeText() {
        Arbitrary<String> line = Arbitraries.strings().withChars("aZ09-_.=@ #;:/\\+!\t\r").ofMaxLength(30);
        return line.list().ofMaxSize(20).map(lines -> String.join("\n", lines));
    }
}
