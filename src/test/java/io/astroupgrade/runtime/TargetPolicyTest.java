package io.astroupgrade.runtime;

import io.astroupgrade.version.RuntimeVersion;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.runtime.TargetCandidate.Availability;
import io.astroupgrade.runtime.TargetCheck.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPolicyTest {

    private final TargetPolicy policy = new TargetPolicy(TestCatalogs.feedOnly());

    TargetPolicyTest() throws FeedFormatException {}

    private static RuntimeVersion v(String text) { return RuntimeVersion.parse(text); }

    private static List<String> versions(List<TargetCandidate> candidates) {
        return candidates.stream().map(c -> c.version().toString()).toList();
    }

    @Test
    void byDefaultListsOnlyHigherStableNotYankedVersionsAndTheLatestAirflow3Patches() {
        TargetOptions options = policy.options(v("12.9.0"));

        assertThat(versions(options.listed(false))).containsExactly("12.10.0", "13.7.0", "13.11.0", "3.0-10", "3.1-13");
        assertThat(options.candidates()).allMatch(c -> c.version().isAbove(v("12.9.0")));
        assertThat(options.recommended().orElseThrow().version()).isEqualTo(v("12.10.0"));
        assertThat(options.latestOverall().orElseThrow().version()).isEqualTo(v("3.1-13"));
    }

    @Test
    void yankedVersionsAreListedOnlyWithAllAndNeverSelectableWithTheirReason() {
        TargetOptions options = policy.options(v("12.9.0"));
        TargetCandidate yanked = options.find(v("13.8.0")).orElseThrow();

        assertThat(yanked.availability()).isEqualTo(Availability.YANKED);
        assertThat(yanked.selectable()).isFalse();
        assertThat(yanked.notes()).anySatisfy(n -> assertThat(n).contains("Broken scheduler start-up."));
        assertThat(versions(options.listed(true))).contains("13.8.0", "3.0-9", "3.1-12", "3.1-14", "3.2-1");
        assertThat(options.listed(true)).filteredOn(TargetCandidate::selectable).extracting(c -> c.version().toString())
                .doesNotContain("13.8.0", "3.0-9", "3.1-12");
    }

    @Test
    void deprecatedVersionsAreShownOnRequestWithAstronomersAdvice() {
        TargetOptions options = policy.options(v("10.0.0"));
        TargetCandidate deprecated = options.find(v("10.9.0")).orElseThrow();

        assertThat(versions(options.listed(false))).doesNotContain("10.9.0");
        assertThat(versions(options.listed(true))).contains("10.9.0");
        assertThat(deprecated.availability()).isEqualTo(Availability.DEPRECATED);
        assertThat(deprecated.selectable()).isTrue();
        assertThat(deprecated.notes()).singleElement().asString()
                .contains("deprecated (maintenance ended 2024-06-30)")
                .contains(TargetPolicy.DEPRECATED_ADVICE)
                .contains("10.9.0 is that latest patch for Airflow 2.8");
        // No stable version in major 10: recommend the latest stable Airflow 2 runtime.
        assertThat(options.recommended().orElseThrow().version()).isEqualTo(v("13.7.0"));
    }

    @Test
    void deprecatedAdviceNamesTheLatestPatchOfTheAirflowVersion() {
        TargetOptions options = new TargetPolicy(TestCatalogs.bundled()).options(v("8.1.0"));
        assertThat(options.find(v("9.7.0")).orElseThrow().notes()).singleElement().asString().contains("for Airflow 2.7 that is 9.17.0");
        assertThat(options.find(v("9.3.0")).orElseThrow().availability()).isEqualTo(Availability.YANKED);
        assertThat(options.find(v("9.3.0")).orElseThrow().notes()).singleElement().asString()
                .contains("scheduling performance").contains("Take 9.17.0 instead");
    }

    @Test
    void airflow3TargetsAreOnlyTheLatestPatchOfEachMinor() {
        TargetOptions options = policy.options(v("13.7.0"));

        assertThat(options.find(v("3.1-12")).orElseThrow().availability()).isEqualTo(Availability.NOT_LATEST_PATCH);
        assertThat(options.find(v("3.1-12")).orElseThrow().notes()).anySatisfy(n -> assertThat(n).contains("only 3.1-13 is an upgrade target"));
        assertThat(options.find(v("3.1-13")).orElseThrow().availability()).isEqualTo(Availability.AVAILABLE);
        // 3.0-9 is yanked, so 3.0-10 is the latest usable 3.0 patch; a beta never counts as the latest patch.
        assertThat(options.find(v("3.0-10")).orElseThrow().availability()).isEqualTo(Availability.AVAILABLE);
        assertThat(options.find(v("3.1-14")).orElseThrow().availability()).isEqualTo(Availability.PRERELEASE);
    }

    @Test
    void warnsWhenTheCurrentRuntimeIsBelow13_7ForAirflow3() {
        TargetOptions below = policy.options(v("13.6.0"));
        assertThat(below.warnings()).singleElement().asString().contains("13.7.0 or later").contains("13.6.0 is lower");
        assertThat(below.find(v("3.1-13")).orElseThrow().notes()).anySatisfy(n -> assertThat(n).contains("13.7.0"));
        assertThat(policy.options(v("11.2.0")).warnings()).singleElement().asString().contains("below 12.0.0");

        assertThat(policy.options(v("13.7.0")).warnings()).isEmpty();
        assertThat(policy.options(v("3.0-10")).warnings()).isEmpty();
        assertThat(policy.check(v("13.7.0"), "3.1-13").messages()).isEmpty();
        assertThat(policy.check(v("13.6.0"), "3.1-13").messages()).anySatisfy(m -> assertThat(m).contains("13.7.0"));
    }

    @Test
    void onAirflow3TheRecommendationStaysOnAirflow3() {
        TargetOptions options = policy.options(v("3.0-10"));
        assertThat(options.recommended().orElseThrow().version()).isEqualTo(v("3.1-13"));
    }

    @Test
    void aDeprecatedTargetNamedExplicitlyIsAcceptedWithAWarning() {
        TargetCheck check = policy.check(v("10.0.0"), "10.9.0");
        assertThat(check.verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(check.allowed(false)).isTrue();
        assertThat(check.messages()).singleElement().asString().contains("deprecated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13.8.0", "3.0-9", "13.7", "13", "13.7.0-python-3.12", "v13.7.0", "", "12.9.0", "12.1.0", "10.9.0"})
    void yankedPartialMalformedEqualAndLowerTargetsAreRefusedWithAReason(String target) {
        TargetCheck check = policy.check(v("12.9.0"), target);
        assertThat(check.verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(check.allowed(true)).isFalse();
        assertThat(check.messages()).singleElement().asString().isNotBlank();
    }

    @Test
    void refusalsSayWhy() {
        assertThat(policy.check(v("12.9.0"), "13.8.0").messages().get(0)).contains("yanked").contains("Broken scheduler start-up.");
        assertThat(policy.check(v("12.9.0"), "13.7").messages().get(0)).contains("partial").contains("13.7.0");
        assertThat(policy.check(v("12.9.0"), "12.1.0").messages().get(0)).contains("lower than the current 12.9.0");
        assertThat(policy.check(v("12.9.0"), "12.9.0").messages().get(0)).contains("already on 12.9.0");
    }

    @Test
    void aWellFormedVersionInNoCatalogNeedsExplicitConfirmation() {
        TargetCheck check = policy.check(v("12.9.0"), " 13.12.0 ");
        assertThat(check.verdict()).isEqualTo(Verdict.NEEDS_CONFIRMATION);
        assertThat(check.target()).isEqualTo(v("13.12.0"));
        assertThat(check.allowed(false)).isFalse();
        assertThat(check.allowed(true)).isTrue();
        assertThat(check.messages().get(0)).contains("not in any catalog");
    }

    @Test
    void withoutACurrentVersionEveryVersionIsACandidate() {
        TargetOptions options = policy.options(null);
        assertThat(options.candidates()).hasSize(12);
        assertThat(options.warnings()).isEmpty();
        assertThat(options.recommended()).isEqualTo(options.latestOverall());
    }

    @Test
    void theNewestOfTheLineIsRecommendedBeforeLeavingTheLine() {
        TargetOptions options = new TargetPolicy(TestCatalogs.bundled()).options(v("13.1.0"));
        assertThat(options.recommended().orElseThrow().version()).isEqualTo(v("13.7.0"));
        assertThat(new TargetPolicy(TestCatalogs.bundled()).options(v("12.1.0")).recommended().orElseThrow().version()).isEqualTo(v("12.8.0"));
    }

    @Test
    void withoutACurrentVersionOnlyTheTargetIsJudged() {
        assertThat(policy.check(null, "13.8.0").verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(policy.check(null, "12.9.0").verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(policy.check(null, "3.9-1").verdict()).isEqualTo(Verdict.NEEDS_CONFIRMATION);
    }
}
