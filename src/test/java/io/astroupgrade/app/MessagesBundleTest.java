package io.astroupgrade.app;

import io.astroupgrade.ui.Resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key used in FXML ({@code %key}) and in code ({@code Resources.text("key")}) exists in the bundle. */
class MessagesBundleTest {

    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("Resources\\.text\\(\"([a-zA-Z0-9_.]+)\"[,)]");

    private static List<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) keys.add(file.getFileName() + ": " + m.group(1));
            }
        }
        return keys;
    }

    @Test
    void everyFxmlKeyExists() throws IOException {
        List<String> used = keysIn(Path.of("src/main/resources"), ".fxml", FXML_KEY);
        assertThat(used).isNotEmpty();
        assertThat(used).filteredOn(k -> !Resources.bundle().containsKey(k.substring(k.indexOf(": ") + 2))).isEmpty();
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        List<String> used = keysIn(Path.of("src/main/java"), ".java", CODE_KEY);
        assertThat(used).isNotEmpty();
        assertThat(used).filteredOn(k -> !Resources.bundle().containsKey(k.substring(k.indexOf(": ") + 2))).isEmpty();
    }

    @Test
    void everyStepHasATitlePurposeAndCommand() {
        for (io.astroupgrade.wizard.StepId step : io.astroupgrade.wizard.StepId.values()) {
            assertThat(Resources.bundle().containsKey(step.titleKey())).as(step.titleKey()).isTrue();
            if (step != io.astroupgrade.wizard.StepId.START) {
                assertThat(Resources.bundle().containsKey("step." + step.key() + ".purpose")).isTrue();
                assertThat(Resources.bundle().containsKey("step." + step.key() + ".command")).isTrue();
            }
        }
    }

    @Test
    void theReviewSummaryCountsInEnglish() {
        assertThat(Resources.text("step.review.summary", 1, "12.1.0", "12.3.0", 0))
                .isEqualTo("1 consideration for 12.1.0 \u2192 12.3.0; none apply to this project.");
        assertThat(Resources.text("step.review.summary", 12, "8.8.0", "9.10.0", 1))
                .isEqualTo("12 considerations for 8.8.0 \u2192 9.10.0; 1 applies to this project.");
        assertThat(Resources.text("step.review.summary", 120, "8.8.0", "9.10.0", 2)).startsWith("120 considerations").contains("; 2 apply");
    }
}
