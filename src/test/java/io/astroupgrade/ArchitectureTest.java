package io.astroupgrade;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering rule: domain packages are plain Java, with no JavaFX scene graph or FXML. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "io.astroupgrade.project..", "io.astroupgrade.runtime..", "io.astroupgrade.docker..", "io.astroupgrade.astrocli..",
        "io.astroupgrade.process..", "io.astroupgrade.verify..", "io.astroupgrade.tasks..", "io.astroupgrade.platform.."
    };

    // The compiled main classes only: scanning the whole class path for the package takes far longer.
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(java.nio.file.Path.of("target/classes"));

    @Test
    void theImportSeesTheDomain() {
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("io.astroupgrade.runtime")).isTrue();
    }

    @Test
    void domainPackagesDoNotUseTheSceneGraphOrFxml() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void domainPackagesDoNotDependOnTheUi() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("io.astroupgrade.app..", "io.astroupgrade.wizard..",
                        "io.astroupgrade.steps..", "io.astroupgrade.ui..")
                .check(classes);
    }
}
