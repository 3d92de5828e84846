package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedParserTest {

    private final FeedParser.Result feed = FeedParser.parse(TestCatalogs.resource("feed-realistic.json"), CatalogSource.FEED);

    FeedParserTest() throws FeedFormatException {}

    private RuntimeEntry entry(String version) {
        return feed.entries().stream().filter(e -> e.version().toString().equals(version)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryFieldOfAFullEntryAndIgnoresUnknownKeys() {
        RuntimeEntry e = entry("12.9.0");
        assertThat(e.airflowVersion()).isEqualTo("2.10.5");
        assertThat(e.channel()).isEqualTo(Channel.STABLE);
        assertThat(e.releaseDate()).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(e.pythonVersions()).containsExactly("3.10", "3.11", "3.12");
        assertThat(e.defaultPythonVersion()).isEqualTo("3.12");
        assertThat(e.yanked()).isFalse();
        assertThat(e.endOfMaintenance()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(e.endOfBasicSupport()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(e.airflowDatabaseMigration()).isTrue();
        assertThat(e.source()).isEqualTo(CatalogSource.FEED);
    }

    @Test
    void acceptsBooleansAsStringsAndTwoPartAirflowVersions() {
        assertThat(entry("12.10.0").airflowVersion()).isEqualTo("2.10");
        assertThat(entry("12.10.0").airflowMinor()).isEqualTo("2.10");
        assertThat(entry("12.10.0").channel()).isEqualTo(Channel.STABLE);
        assertThat(entry("12.10.0").airflowDatabaseMigration()).isFalse();
        assertThat(entry("13.7.0").airflowDatabaseMigration()).isFalse();
        assertThat(entry("13.8.0").yanked()).isTrue();
        assertThat(entry("13.8.0").yankedReasonText()).isEqualTo("Broken scheduler start-up.");
        assertThat(entry("3.0-9").yanked()).isTrue();
        assertThat(entry("3.0-9").yankedReasonText()).contains("not published");
        assertThat(entry("3.1-12").pythonVersions()).containsExactly("3.11", "3.12");
    }

    @Test
    void missingFieldsStayUnknown() {
        RuntimeEntry e = entry("13.11.0");
        assertThat(e.airflowVersion()).isNull();
        assertThat(e.airflowMinor()).isNull();
        assertThat(e.channel()).isEqualTo(Channel.UNKNOWN);
        assertThat(e.releaseDate()).isNull();
        assertThat(e.airflowDatabaseMigration()).isNull();
        assertThat(entry("3.1-13").releaseDate()).isNull();
        assertThat(entry("3.1-14").channel()).isEqualTo(Channel.BETA);
    }

    @Test
    void skipsKeysThatAreNotFullVersionsWithANote() {
        assertThat(feed.entries()).extracting(e -> e.version().toString()).doesNotContain("13.10.0");
        assertThat(feed.notes()).anySatisfy(n -> assertThat(n).contains("'13.9'").contains("runtimeVersions"))
                .anySatisfy(n -> assertThat(n).contains("'latest'"))
                .anySatisfy(n -> assertThat(n).contains("'3.1'").contains("runtimeVersionsV3"))
                .anySatisfy(n -> assertThat(n).contains("13.10.0").contains("not an object"));
        assertThat(feed.entries()).hasSize(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{}", "{\"runtimeVersions\": []}", "null"})
    void refusesDocumentsThatAreNoVersionList(String json) {
        assertThatThrownBy(() -> FeedParser.parse(json, CatalogSource.FEED)).isInstanceOf(FeedFormatException.class);
    }

    @Test
    void bundledSnapshotAndObservedVersionsLoad() {
        BundledCatalog bundled = BundledCatalog.load();
        assertThat(bundled.snapshot().entries()).hasSize(137 + 20);
        assertThat(bundled.snapshot().notes()).isEmpty();
        assertThat(bundled.observed().entries()).hasSize(8 + 13).allMatch(e -> !e.detailsKnown());
        assertThat(bundled.tier(RuntimeVersion.parse("9.7.0"))).hasValue("A-confirmed");
        assertThat(bundled.tier(RuntimeVersion.parse("3.0-9"))).hasValue("B-exists");
        RuntimeCatalog catalog = TestCatalogs.bundled();
        assertThat(catalog.find(RuntimeVersion.parse("9.0.0")).orElseThrow().airflowDatabaseMigration()).isTrue();
        assertThat(catalog.find(RuntimeVersion.parse("8.0.0")).orElseThrow().yankedReasonText()).contains("pluggy");
        assertThat(catalog.exists(RuntimeVersion.parse("12.10.0"))).isTrue();
        assertThat(catalog.exists(RuntimeVersion.parse("12.11.0"))).isFalse();
    }

    @Test
    void bundledDataIsACopyOfTheSharedData() throws IOException {
        String shared = System.getProperty("shared.dir");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "data")), "shared data folder not present");
        for (String name : List.of("runtime-catalog.json", "runtime-catalog-provenance.json", "runtime-catalog-observed.json")) {
            assertThat(TestCatalogs.resource(name)).as(name).isEqualTo(Files.readString(Path.of(shared, "data", name)));
        }
    }

    @Test
    void supportStatusFollowsTheLifecycleDates() {
        assertThat(entry("12.9.0").supportStatus(LocalDate.of(2026, 1, 1))).isEqualTo("maintained until 2026-10-31");
        assertThat(entry("12.9.0").supportStatus(LocalDate.of(2026, 12, 1))).isEqualTo("basic support until 2027-04-30");
        assertThat(entry("12.9.0").supportStatus(LocalDate.of(2027, 5, 1))).isEqualTo("unsupported since 2027-04-30");
        assertThat(entry("10.9.0").supportStatus(LocalDate.of(2026, 1, 1))).isEqualTo("maintenance ended 2024-06-30");
        assertThat(entry("13.8.0").supportStatus(LocalDate.of(2026, 1, 1))).isEqualTo("yanked");
        assertThat(entry("13.11.0").supportStatus(LocalDate.of(2026, 1, 1))).isEqualTo("unknown");
    }
}
