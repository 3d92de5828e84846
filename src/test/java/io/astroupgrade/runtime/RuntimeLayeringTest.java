package io.astroupgrade.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The runtime domain stays plain Java: no JavaFX, no UI, no command line. */
class RuntimeLayeringTest {

    @Test
    void runtimeDependsOnNoUiOrCommandLine() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.astroupgrade.runtime");
        noClasses().that().resideInAPackage("io.astroupgrade.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.astroupgrade.app..", "io.astroupgrade.cli..",
                        "io.astroupgrade.wizard..", "io.astroupgrade.steps..", "picocli..")
                .check(classes);
    }
}
