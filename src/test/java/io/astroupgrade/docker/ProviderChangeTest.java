package io.astroupgrade.docker;

import io.astroupgrade.version.PythonVersion;

import static io.astroupgrade.docker.ProviderChange.Kind.ADDED;
import static io.astroupgrade.docker.ProviderChange.Kind.DOWNGRADE;
import static io.astroupgrade.docker.ProviderChange.Kind.MAJOR_UPGRADE;
import static io.astroupgrade.docker.ProviderChange.Kind.MINOR_UPGRADE;
import static io.astroupgrade.docker.ProviderChange.Kind.PATCH_UPGRADE;
import static io.astroupgrade.docker.ProviderChange.Kind.REMOVED;
import static io.astroupgrade.docker.ProviderChange.Kind.UNCHANGED;
import static io.astroupgrade.docker.ProviderChange.Kind.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProviderChangeTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "6.7.0, 10.0.0, MAJOR_UPGRADE", "2.0.0, 1.9.0, DOWNGRADE", "4.4.2, 4.13.0, MINOR_UPGRADE",
            "4.4.2, 4.4.10, PATCH_UPGRADE", "1.0, 1.0.0, UNCHANGED", "2.6.3, 2.6.3+astro.1, PATCH_UPGRADE",
            "1.0rc1, 1.0, PATCH_UPGRADE", "1.0, 1.0.post1, PATCH_UPGRADE", "3.0.0, 1!1.0.0, MAJOR_UPGRADE",
            "2.1, 2.1.1, PATCH_UPGRADE", "-, 1.0.0, ADDED", "1.0.0, -, REMOVED", "1.0-SNAPSHOT, 1.1, UNKNOWN",
            "weird, WEIRD, UNCHANGED", "10.0.0, 9.99.99, DOWNGRADE", "1.10.0, 1.9.0, DOWNGRADE"})
    void classifiesOneChange(String from, String to, ProviderChange.Kind kind) {
        assertThat(ProviderChange.classify(from, to)).isEqualTo(kind);
    }

    @Test
    void comparesTheProvidersOfTwoFreezeLists() {
        PipFreeze from = PipFreeze.parse("""
                apache-airflow==2.7.1+astro.1
                apache-airflow-providers-amazon==8.6.0
                apache-airflow-providers-http==4.5.1
                apache_airflow_providers_Google==10.7.0
                apache-airflow-providers-daskexecutor==1.0.1
                apache-airflow-providers-sqlite==3.4.3
                requests==2.31.0
                """);
        PipFreeze to = PipFreeze.parse("""
                apache-airflow==3.0.1
                apache-airflow-providers-amazon==9.2.0
                apache-airflow-providers-http==4.4.0
                apache-airflow-providers-google==10.22.0
                apache-airflow-providers-fab==2.0.2
                apache-airflow-providers-sqlite==3.4.3
                requests==2.32.3
                """);
        assertThat(ProviderChange.providers(from, to)).containsExactly(
                new ProviderChange("apache-airflow-providers-amazon", "8.6.0", "9.2.0", MAJOR_UPGRADE),
                new ProviderChange("apache-airflow-providers-daskexecutor", "1.0.1", null, REMOVED),
                new ProviderChange("apache-airflow-providers-fab", null, "2.0.2", ADDED),
                new ProviderChange("apache-airflow-providers-google", "10.7.0", "10.22.0", MINOR_UPGRADE),
                new ProviderChange("apache-airflow-providers-http", "4.5.1", "4.4.0", DOWNGRADE),
                new ProviderChange("apache-airflow-providers-sqlite", "3.4.3", "3.4.3", UNCHANGED));
        assertThat(ProviderChange.providers(from, to)).filteredOn(ProviderChange::isRisky)
                .extracting(ProviderChange::kind).containsExactly(MAJOR_UPGRADE, REMOVED, DOWNGRADE);
        assertThat(ProviderChange.packages(from, to)).hasSize(8)
                .contains(new ProviderChange("requests", "2.31.0", "2.32.3", MINOR_UPGRADE));
        assertThat(ProviderChange.providers(from, to).get(0).isFor("Apache_Airflow_Providers_Amazon")).isTrue();
        assertThat(ProviderChange.classify(PythonVersion.parse("1.0"), PythonVersion.parse("1.0.1"))).isEqualTo(PATCH_UPGRADE);
    }
}
