package io.astroupgrade.runtime.considerations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.runtime.TestCatalogs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsiderationReportFormatTest {

    @TempDir
    Path dir;

    private ConsiderationReport hiveUpgrade() {
        new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:8.8.0\n")
                .requirements("pandas\napache-airflow-providers-apache-hive==6.1.4\n");
        return ConsiderationEngine.bundled().evaluate(dir, TestCatalogs.bundled(), RuntimeVersion.parse("8.8.0"), RuntimeVersion.parse("9.7.0"));
    }

    @Test
    void textPutsWhatAppliesFirstWithItsReasons() {
        String text = ConsiderationReportFormat.text(hiveUpgrade());
        assertThat(text).startsWith("Upgrade considerations for 8.8.0 -> 9.7.0\nDeprecated runtime:");
        assertThat(text.indexOf("Applies to this project:")).isLessThan(text.indexOf("Read before upgrading:"));
        assertThat(text).contains("Applies to this project:\n  BREAKING: Default Python is now 3.11, and the Hive provider doesn't support it [rt9-python311-hive]\n"
                + "      - requirements.txt line 2 pins apache-airflow-providers-apache-hive, which does not support Python 3.11\n");
        assertThat(text).contains("source: https://");
    }

    @Test
    void jsonHasEveryResultWithFindingsAndLinks() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(mapper.writeValueAsString(ConsiderationReportFormat.json(hiveUpgrade())));
        assertThat(json.at("/needsAcknowledgement").asBoolean()).isTrue();
        assertThat(json.at("/considerations/0/id").asText()).isEqualTo("rt9-python311-hive");
        assertThat(json.at("/considerations/0/applicability").asText()).isEqualTo("applies");
        assertThat(json.at("/considerations/0/findings/0/line").asInt()).isEqualTo(2);
        assertThat(json.at("/considerations/0/sources/0/url").asText()).startsWith("https://");
        assertThat(json.at("/airflow3Checklist").size()).isZero();
    }
}
