package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.version.InvalidVersionException;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Property tests: the parsers never crash, and versions survive a round trip. */
class RuntimePropertiesTest {

    @Property
    void versionsRoundTripAndOrderLikeTheirNumbers(@ForAll @IntRange(max = 99) int major, @ForAll @IntRange(max = 99) int minor,
                                                   @ForAll @IntRange(max = 99) int patch) {
        RuntimeVersion semantic = RuntimeVersion.parse(major + "." + minor + "." + patch);
        assertThat(RuntimeVersion.parse(semantic.toString())).isEqualTo(semantic);
        if (major >= 3) {
            RuntimeVersion af3 = RuntimeVersion.parse(major + "." + minor + "-" + patch);
            assertThat(af3.toString()).isEqualTo(major + "." + minor + "-" + patch);
            assertThat(af3).isGreaterThan(semantic);
        }
    }

    @Property
    void parsingAnyTextEitherGivesAVersionOrAClearError(@ForAll String text) {
        try {
            assertThat(RuntimeVersion.parse(text).toString()).isEqualTo(text);
        } catch (InvalidVersionException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContainPattern("\\p{Cntrl}");
        }
    }

    @Property
    void theFeedParserNeverCrashesOnOddEntries(@ForAll("oddValues") Object metadataValue, @ForAll("oddValues") Object migration,
                                              @ForAll String key) throws Exception {
        Map<String, Object> metadata = Map.of("airflowVersion", metadataValue, "channel", metadataValue, "releaseDate", metadataValue,
                "yanked", metadataValue, "pythonVersions", metadataValue, "endOfMaintenance", metadataValue);
        String json = new ObjectMapper().writeValueAsString(Map.of("runtimeVersions", Map.of(key, Map.of("metadata", metadata,
                "migrations", Map.of("airflowDatabase", migration)), "12.1.0", Map.of("metadata", metadata))));
        FeedParser.Result result = FeedParser.parse(json, CatalogSource.FEED);
        assertThat(result.entries()).anyMatch(e -> e.version().toString().equals("12.1.0"));
        assertThat(result.entries().size() + result.notes().size()).isEqualTo(key.equals("12.1.0") ? 1 : 2);
    }

    @Provide
    Arbitrary<Object> oddValues() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s), Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.of(true, false, "true", "False", "2.10", "2024-01-01", "2024-01-01T00:00:00Z").map(o -> (Object) o),
                Arbitraries.just(java.util.List.of("3.11", 3, true)));
    }
}
