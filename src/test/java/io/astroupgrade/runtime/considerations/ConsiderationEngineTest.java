package io.astroupgrade.runtime.considerations;

import static org.assertj.core.api.Assertions.assertThat;

import io.astroupgrade.runtime.RuntimeCatalog;
import io.astroupgrade.version.RuntimeVersion;
import io.astroupgrade.runtime.TestCatalogs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four upgrades of the original guide (crossing Runtime 5, 6, 8 and 9), Airflow 3, and the report's order. */
class ConsiderationEngineTest {

    private static final RuntimeCatalog CATALOG = TestCatalogs.bundled();
    private static final ConsiderationEngine ENGINE = new ConsiderationEngine(ConsiderationCatalog.load());

    @TempDir
    Path dir;

    private static ConsiderationReport evaluate(String current, String target, ProjectFacts facts) {
        return ENGINE.evaluate(UpgradeRange.of(CATALOG, RuntimeVersion.parse(current), RuntimeVersion.parse(target)), facts);
    }

    private static Applicability applicability(ConsiderationReport report, String id) {
        return report.find(id).orElseThrow(() -> new AssertionError(id + " not listed")).applicability();
    }

    // ---- Runtime 9: Python 3.11 and apache-hive ----

    @Test
    void runtime9WithHivePinnedShowsTheHiveItemFirstWithFileAndLine() {
        ProjectFacts facts = new TestProject(dir)
                .dockerfile("FROM quay.io/astronomer/astro-runtime:8.8.0\n")
                .requirements("# providers\npandas==2.0.3\n\napache_airflow_providers_Apache_Hive==6.1.4\n")
                .facts();
        ConsiderationReport report = evaluate("8.8.0", "9.7.0", facts);

        ConsiderationResult first = report.results().get(0);
        assertThat(first.item().id()).isEqualTo("rt9-python311-hive");
        assertThat(first.applicability()).isEqualTo(Applicability.APPLIES);
        assertThat(first.needsAcknowledgement()).isTrue();
        assertThat(first.findings()).extracting(Finding::reason).containsExactly(
                "requirements.txt line 4 pins apache_airflow_providers_Apache_Hive, which does not support Python 3.11",
                "Dockerfile line 1 uses quay.io/astronomer/astro-runtime:8.8.0 without a -python-X.Y suffix, so the upgraded image would run Python 3.11");
        assertThat(first.findings().get(0).file()).isEqualTo("requirements.txt");
        assertThat(first.findings().get(0).line()).isEqualTo(4);
        assertThat(report.groups().get(0).group().id()).isEqualTo("all");
    }

    @Test
    void runtime9WithoutHiveOrWithAPythonImageDoesNotFlagHive() {
        ProjectFacts noHive = new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:8.8.0\n").requirements("pandas\n").facts();
        assertThat(applicability(evaluate("8.8.0", "9.7.0", noHive), "rt9-python311-hive")).isEqualTo(Applicability.NOT_DETECTED);

        ProjectFacts pinnedPython = new TestProject(dir)
                .dockerfile("FROM quay.io/astronomer/astro-runtime:9.7.0-python-3.10\n")
                .requirements("apache-airflow-providers-apache-hive\n").facts();
        assertThat(applicability(evaluate("8.8.0", "9.7.0", pinnedPython), "rt9-python311-hive")).isEqualTo(Applicability.NOT_DETECTED);
        // Not crossing 9.0.0: not listed at all.
        assertThat(evaluate("9.7.0", "9.8.0", noHive).find("rt9-python311-hive")).isEmpty();
    }

    @Test
    void runtime9ConnectionTestingDependsOnTheEnvSettings() {
        ProjectFacts unset = new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:8.8.0\n").facts();
        assertThat(applicability(evaluate("8.8.0", "9.7.0", unset), "rt9-test-connection")).isEqualTo(Applicability.APPLIES);

        ProjectFacts set = new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:8.8.0\nENV AIRFLOW__CORE__TEST_CONNECTION=Enabled\n").facts();
        assertThat(applicability(evaluate("8.8.0", "9.7.0", set), "rt9-test-connection")).isEqualTo(Applicability.NOT_DETECTED);
        ProjectFacts inDotEnv = new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:8.8.0\n")
                .file(".env", "AIRFLOW__CORE__TEST_CONNECTION=Enabled\n").facts();
        assertThat(applicability(evaluate("8.8.0", "9.7.0", inDotEnv), "rt9-test-connection")).isEqualTo(Applicability.NOT_DETECTED);
    }

    // ---- Runtime 8: providers no longer installed ----

    @Test
    void runtime8FlagsAProviderTheDagsUseButRequirementsLack() {
        TestProject project = new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:7.4.0\n")
                .dag("load.py", "import pendulum\nfrom airflow.providers.snowflake.operators.snowflake import SnowflakeOperator\n");
        ConsiderationResult result = evaluate("7.4.0", "8.1.0", project.facts()).find("rt8-removed-providers").orElseThrow();

        assertThat(result.applicability()).isEqualTo(Applicability.APPLIES);
        assertThat(result.findings()).extracting(Finding::reason).containsExactly(
                "dags/load.py line 2 `from airflow.providers.snowflake.operators.snowflake import SnowflakeOperator`,"
                        + " but requirements.txt does not list apache-airflow-providers-snowflake");
        assertThat(result.findings().get(0).file()).isEqualTo("dags/load.py");

        project.requirements("apache-airflow-providers-snowflake==4.0.5\n");
        assertThat(applicability(evaluate("7.4.0", "8.1.0", project.facts()), "rt8-removed-providers")).isEqualTo(Applicability.NOT_DETECTED);
    }

    @Test
    void runtime8GkePodOperatorIsFlaggedOnlyWhenUsed() {
        TestProject project = new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:7.4.0\n")
                .file("include/gke.py", "from airflow.providers.google.cloud.operators.kubernetes_engine import GKEStartPodOperator\n");
        assertThat(applicability(evaluate("7.4.0", "8.5.0", project.facts()), "rt8-gke-pod-operator")).isEqualTo(Applicability.APPLIES);
        ProjectFacts without = new TestProject(dir.resolve("other")).dockerfile("FROM quay.io/astronomer/astro-runtime:7.4.0\n").facts();
        assertThat(applicability(evaluate("7.4.0", "8.5.0", without), "rt8-gke-pod-operator")).isEqualTo(Applicability.NOT_DETECTED);
    }

    // ---- Runtime 6: Smart Sensors ----

    @Test
    void runtime6FlagsSmartSensorSettings() {
        TestProject project = new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:5.4.0\n"
                + "ENV AIRFLOW__SMART_SENSOR__USE_SMART_SENSOR=True\n");
        ConsiderationResult result = evaluate("5.4.0", "6.6.0", project.facts()).find("rt6-smart-sensors").orElseThrow();
        assertThat(result.applicability()).isEqualTo(Applicability.APPLIES);
        assertThat(result.findings()).extracting(Finding::reason).containsExactly(
                "Dockerfile line 2 `ENV AIRFLOW__SMART_SENSOR__USE_SMART_SENSOR=True`, which is a Smart Sensor setting");

        ProjectFacts clean = new TestProject(dir.resolve("clean")).dockerfile("FROM quay.io/astronomer/astro-runtime:5.4.0\n").facts();
        assertThat(applicability(evaluate("5.4.0", "6.6.0", clean), "rt6-smart-sensors")).isEqualTo(Applicability.NOT_DETECTED);
    }

    @Test
    void runtime6FlagsSmartSensorSettingsInDotEnvAndCode() {
        ProjectFacts facts = new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:5.4.0\n")
                .file(".env", "AIRFLOW__SMART_SENSOR__SHARDS=5\n")
                .dag("s.py", "sensor = MySensor(poke_context_fields=('a',))\n").facts();
        assertThat(evaluate("5.4.0", "6.0.0", facts).find("rt6-smart-sensors").orElseThrow().findings())
                .extracting(Finding::file).containsExactly(".env", "dags/s.py");
    }

    // ---- Runtime 5: the DB migration is not visible in files ----

    @Test
    void runtime5ListsTheDatabaseMigrationWhenCrossing5AndNotOtherwise() {
        ProjectFacts facts = new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:4.2.9\n").facts();
        ConsiderationResult result = evaluate("4.2.9", "5.0.1", facts).find("rt5-db-migration").orElseThrow();
        assertThat(result.applicability()).isEqualTo(Applicability.GENERAL);
        assertThat(result.item().explanation()).contains("10 to 30 minutes");
        assertThat(evaluate("5.0.0", "5.1.0", facts).find("rt5-db-migration")).isEmpty();
    }

    @Test
    void runtime4AirflowCfgIsFlaggedOnlyWhenTheFileExists() {
        TestProject project = new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:4.0.5\n");
        assertThat(applicability(evaluate("4.0.5", "5.0.1", project.facts()), "rt4-airflow-cfg")).isEqualTo(Applicability.NOT_DETECTED);
        project.file("airflow.cfg", "[core]\n");
        assertThat(applicability(evaluate("4.0.5", "5.0.1", project.facts()), "rt4-airflow-cfg")).isEqualTo(Applicability.APPLIES);
    }

    // ---- Airflow 2 to 3 ----

    @Test
    void airflow2To3HasItsChecklistWithTheProjectsFindings() {
        ProjectFacts facts = new TestProject(dir)
                .dockerfile("ARG BASE=quay.io/astronomer/astro-runtime:13.1.0\nFROM ${BASE}\n")
                .dag("old.py", "from airflow.operators.subdag import SubDagOperator\n"
                        + "from airflow.providers.amazon.aws.hooks.s3 import S3Hook\n"
                        + "def f(**context):\n    return context['execution_date']\n")
                .facts();
        ConsiderationReport report = evaluate("13.1.0", "3.1-12", facts);

        assertThat(report.airflow3Checklist()).extracting(ChecklistEntry::title).containsExactly(
                "Runtime 13.7.0 or later first", "Registry change", "Providers no longer bundled",
                "Removed features found in the DAGs", "Latest patch of the 3.x minor", "Run the upgrade-test lint");
        assertThat(report.airflow3Checklist()).filteredOn(ChecklistEntry::attention).hasSize(5);
        assertThat(report.airflow3Checklist().get(4).findings()).extracting(Finding::reason)
                .containsExactly("3.1-12 is not the latest patch of its line (3.1-15 is)");
        ChecklistEntry removed = report.airflow3Checklist().get(3);
        assertThat(removed.findings()).extracting(Finding::reason).containsExactly(
                "dags/old.py line 1 `from airflow.operators.subdag import SubDagOperator`, which uses SubDAGs (removed; use TaskGroups)",
                "dags/old.py line 4 `return context['execution_date']`, which uses a removed context key (use logical_date)");
        assertThat(report.airflow3Checklist().get(1).findings().get(0).reason()).contains("Dockerfile line 2");
        assertThat(report.airflow3Checklist().get(5).detail()).contains("upgrade-test --runtime-version 3.1-12");
        assertThat(applicability(report, "rt13-af3-prereq")).isEqualTo(Applicability.GENERAL);
        assertThat(report.find("rt13-af3-prereq").orElseThrow().caveats()).anySatisfy(c -> assertThat(c).contains("in-place"));
    }

    @Test
    void airflow2To3WithACleanProjectHasNothingToFix() {
        ProjectFacts facts = new TestProject(dir).dockerfile("FROM astrocrpublic.azurecr.io/runtime:3.1-15\n")
                .dag("new.py", "from airflow.sdk import dag\n").facts();
        ConsiderationReport report = evaluate("13.7.0", "3.1-15", facts);
        assertThat(report.airflow3Checklist()).filteredOn(ChecklistEntry::attention).isEmpty();
        assertThat(evaluate("3.1-12", "3.3-2", facts).airflow3Checklist()).isEmpty();
        assertThat(evaluate("3.1-12", "3.3-2", facts).find("af3-upgrade-disruption")).isPresent();
    }

    // ---- deprecated runtimes, order ----

    @Test
    void deprecatedCurrentOrTargetIsExplained() {
        ProjectFacts facts = ProjectFacts.empty();
        assertThat(evaluate("8.8.0", "9.7.0", facts).deprecatedNotice()).hasValueSatisfying(n -> assertThat(n)
                .contains("8.8.0 (maintenance ended 2023-11-30)").contains("9.7.0").contains("account team").contains("latest patch"));
        assertThat(evaluate("12.1.0", "12.8.0", facts).deprecatedNotice()).isEmpty();
        assertThat(applicability(evaluate("8.8.0", "9.7.0", facts), "all-deprecated-target")).isEqualTo(Applicability.GENERAL);
    }

    @Test
    void applyingItemsComeFirstThenGeneralThenNotDetected() {
        ProjectFacts facts = new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:7.4.0\n").facts();
        ConsiderationReport report = evaluate("7.4.0", "9.7.0", facts);
        assertThat(report.results()).extracting(ConsiderationResult::applicability).isSortedAccordingTo(Enum::compareTo);
        assertThat(report.groups()).extracting(s -> s.group().id()).containsExactly("all", "rt8", "rt9");
        assertThat(report.results()).hasSize(report.groups().stream().mapToInt(s -> s.results().size()).sum());
    }

    @Test
    void downgradesAndYankedTargetsAreExplained() {
        assertThat(evaluate("12.1.0", "11.8.0", ProjectFacts.empty()).find("all-downgrade")).isPresent();
        assertThat(evaluate("8.8.0", "9.3.0", ProjectFacts.empty()).find("rt9-yanked")).isPresent();
    }

    @Test
    void manyMatchesAreCappedWithACount() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 14; i++) code.append("from airflow.providers.snowflake.hooks.snowflake import SnowflakeHook\n");
        ProjectFacts facts = new TestProject(dir).dockerfile("FROM quay.io/astronomer/astro-runtime:7.4.0\n").dag("many.py", code.toString()).facts();
        ConsiderationResult result = evaluate("7.4.0", "8.1.0", facts).find("rt8-removed-providers").orElseThrow();
        assertThat(result.findings()).hasSize(ConsiderationEngine.MAX_FINDINGS_PER_CHECK);
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.reason()).endsWith("but requirements.txt does not list apache-airflow-providers-snowflake"));
    }
}
