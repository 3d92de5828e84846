package io.astroupgrade.runtime.considerations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

class ConsiderationCatalogTest {

    private final ConsiderationCatalog catalog = ConsiderationCatalog.load();

    @Test
    void everyItemIsCompleteAndCitesALink() {
        assertThat(catalog.items()).hasSizeGreaterThan(30);
        assertThat(new HashSet<>(catalog.items().stream().map(Consideration::id).toList())).hasSize(catalog.items().size());
        assertThat(catalog.items()).allSatisfy(item -> {
            assertThat(item.title()).isNotBlank();
            assertThat(item.explanation()).isNotBlank();
            assertThat(item.kind()).isIn("sourced", "heuristic");
            assertThat(item.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.url()).startsWith("https://"));
        });
        assertThat(catalog.groups()).allSatisfy(g -> assertThat(catalog.inGroup(g.id())).as(g.id()).isNotEmpty());
    }

    @Test
    void theHiveItemIsStructured() {
        Consideration hive = catalog.items().stream().filter(c -> c.id().equals("rt9-python311-hive")).findFirst().orElseThrow();
        assertThat(hive.severity()).isEqualTo(Severity.BREAKING);
        assertThat(hive.when()).containsEntry("crosses", "9.0.0");
        assertThat(hive.trigger()).isInstanceOf(Trigger.All.class);
        assertThat(hive.sources()).extracting(SourceLink::id).containsExactly("S1", "S3");
    }

    @Test
    void everyItemOfTheSharedMarkdownIsInTheResource() throws IOException {
        String shared = System.getProperty("shared.dir");
        Path md = shared == null ? null : Path.of(shared, "data", "considerations.md");
        Assumptions.assumeTrue(md != null && Files.isRegularFile(md), "shared considerations.md not present");
        Matcher ids = Pattern.compile("(?m)^id: (\\S+)$").matcher(Files.readString(md));
        List<String> known = catalog.items().stream().map(Consideration::id).toList();
        int count = 0;
        while (ids.find()) {
            assertThat(known).contains(ids.group(1));
            count++;
        }
        assertThat(count).isGreaterThan(25);
    }

    private static final String VALID_ITEM = """
            sources: {S1: {title: t, url: "https://example.org"}}
            groups: [{id: g, title: G}]
            items:
              - {id: x, group: g, title: T, explanation: E, severity: info, kind: sourced, sources: [S1],
                 when: %s, checks: %s}
            """;

    @Test
    void aValidMinimalDocumentLoads() {
        ConsiderationCatalog parsed = ConsiderationCatalog.parse(new Yaml().load(VALID_ITEM.formatted("{crosses: \"9.0.0\"}", "[none]")));
        assertThat(parsed.items()).singleElement().extracting(Consideration::trigger).isInstanceOf(Trigger.NoCheck.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{crosses: \"9.0\"}|[none]",
            "{crossing: \"9.0.0\"}|[none]",
            "{crosses: \"9.0.0\"}|[{code_regx: a}]",
            "{crosses: \"9.0.0\"}|[{code_regex: \"(\"}]",
            "{crosses: \"9.0.0\"}|{}"})
    void typosFailLoudly(String variant) {
        String[] parts = variant.split("\\|");
        assertThatThrownBy(() -> ConsiderationCatalog.parse(new Yaml().load(VALID_ITEM.formatted(parts[0], parts[1]))))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anUnknownSourceFailsLoudly() {
        String doc = VALID_ITEM.formatted("{any_upgrade: true}", "[none]").replace("sources: [S1]", "sources: [S99]");
        assertThatThrownBy(() -> ConsiderationCatalog.parse(new Yaml().load(doc))).hasMessageContaining("unknown source S99");
    }
}
