package io.astroupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.astroupgrade.app.AppContext;
import io.astroupgrade.app.Cli;
import io.astroupgrade.platform.UserDirs;
import io.astroupgrade.runtime.FeedServer;
import io.astroupgrade.tasks.ImmediateTaskRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code versions}, mostly offline (a refused loopback port stands in for the feed), with the user folders in a temp dir. */
class VersionsCommandTest {

    @TempDir
    Path home;

    private String feedUrl;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void refusingFeed() {
        feedUrl = FeedServer.refusingUrl().toString();
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new VersionsCommand(new AppContext(UserDirs.under(home), new ImmediateTaskRunner()).catalogService(), UserDirs.under(home).cacheDir()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--feed-url=" + feedUrl);
        return cli.execute(all.toArray(String[]::new));
    }

    @Test
    void isRegisteredOnTheRootCommand() {
        assertThat(Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).getSubcommands()).containsKey("versions");
    }

    @Test
    void listsWhatAUserShouldPickWithTheCatalogsSourceAndDate() {
        assertThat(run("--current", "12.1.0")).isZero();
        String text = out.toString();
        assertThat(text).contains("Catalog: offline: using catalog of 2026-08-21 (bundled snapshot)")
                .contains("could not connect to 127.0.0.1")
                .contains("Recommended: 12.8.0")
                .contains("Latest overall: 3.3-2")
                .contains("warning: On Astro, an in-place upgrade to Airflow 3 needs the Deployment on Runtime 13.7.0")
                .containsPattern("(?m)^12\\.8\\.0 +2\\.10 +stable +- +snapshot +unknown +\\[recommended\\]")
                .containsPattern("(?m)^12\\.10\\.0 .* observed .*details unknown")
                .doesNotContainPattern("(?m)^(3\\.0-9|12\\.1\\.0|9\\.7\\.0) ");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void allMarksDeprecatedYankedAndSupersededVersions() {
        assertThat(run("--all", "--current", "8.1.0")).isZero();
        assertThat(out.toString())
                .containsPattern("(?m)^9\\.3\\.0 .*\\[yanked\\] 9\\.3\\.0 is yanked and cannot be used: Has significant scheduling performance issues\\.")
                .containsPattern("(?m)^9\\.17\\.0 .* maintenance ended 2025-01-31 +\\[deprecated\\]")
                .containsPattern("(?m)^3\\.1-12 .*\\[not latest patch\\]");
    }

    @Test
    void jsonHasTheCatalogStatusAndTheVersions() throws IOException {
        assertThat(run("--json", "--current", "13.1.0")).isZero();
        JsonNode json = CliOutput.JSON.readTree(out.toString());
        assertThat(json.at("/catalog/offline").asBoolean()).isTrue();
        assertThat(json.at("/catalog/text").asText()).startsWith("offline: using catalog of 2026-08-21");
        assertThat(json.at("/current").asText()).isEqualTo("13.1.0");
        // The newest version of line 13 is recommended over leaving Airflow 2.
        assertThat(json.at("/recommended").asText()).isEqualTo("13.7.0");
        assertThat(json.at("/latestOverall").asText()).isEqualTo("3.3-2");
        assertThat(json.at("/versions/0/version").asText()).isEqualTo("13.2.0");
        assertThat(json.at("/versions/0/source").asText()).isEqualTo("snapshot");
        assertThat(json.at("/versions/0/selectable").asBoolean()).isTrue();
    }

    @Test
    void aDeprecatedTargetNamedExplicitlyIsAcceptedWithAWarning() {
        assertThat(run("--current", "8.1.0", "--target", "9.7.0")).isZero();
        assertThat(out.toString()).contains("Target 9.7.0 accepted.");
        assertThat(err.toString()).contains("warning: 9.7.0 is deprecated").contains("for Airflow 2.7 that is 9.17.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.3.0", "3.0-9", "9.7", "latest", "8.0.0", "7.4.0"})
    void yankedPartialMalformedAndLowerTargetsAreRefused(String target) {
        assertThat(run("--current", "8.1.0", "--target", target)).isEqualTo(1);
        assertThat(err.toString()).startsWith("error: target refused: ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownTargetNeedsAllowUnknown() {
        assertThat(run("--current", "13.1.0", "--target", "13.12.0")).isEqualTo(1);
        assertThat(err.toString()).contains("not in any catalog").contains("--allow-unknown");
        assertThat(run("--current", "13.1.0", "--target", "13.12.0", "--allow-unknown")).isZero();
    }

    @Test
    void badArgumentsGiveOneClearLine() {
        assertThat(run("--current", "12.1")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: --current: '12.1' is a partial version. Give the full version, for example 12.1.0"
                + " (the astro CLI refuses partial versions)." + System.lineSeparator());
        assertThat(run("--target", "12.1.0")).isEqualTo(1);
        assertThat(err.toString()).contains("--target needs --current");
    }

    @Test
    void refreshReadsTheLiveFeedAndSaysSo() {
        try (FeedServer feed = FeedServer.start()) {
            feedUrl = feed.url().toString();
            assertThat(run("--refresh", "--current", "12.9.0")).isZero();
            assertThat(feed.requests).hasValue(1);
        }
        assertThat(out.toString()).containsPattern("Catalog: feed of \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC")
                .containsPattern("(?m)^13\\.7\\.0 +2\\.11\\.0 +stable +2025-12-01 +feed")
                .contains("Recommended: 12.10.0");
        assertThat(home.resolve("cache/runtime-feed.json")).exists();
    }
}
