package io.astroupgrade;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering rules. From the bottom: {@code version}; the plain-Java domain packages; {@code ui} (widgets and the
 * message bundle); {@code wizard} (shell and step contract); {@code steps}; {@code cli}; {@code app} at the top.
 */
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "io.astroupgrade.version..", "io.astroupgrade.project..", "io.astroupgrade.runtime..", "io.astroupgrade.docker..",
        "io.astroupgrade.astrocli..", "io.astroupgrade.process..", "io.astroupgrade.verify..", "io.astroupgrade.astroapi..",
        "io.astroupgrade.scan..", "io.astroupgrade.tasks..", "io.astroupgrade.platform.."
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
    void domainPackagesDoNotDependOnTheUiOrTheCommands() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("io.astroupgrade.app..", "io.astroupgrade.wizard..",
                        "io.astroupgrade.steps..", "io.astroupgrade.ui..", "io.astroupgrade.cli..")
                .check(classes);
    }

    @Test
    void versionValueTypesStandOnTheGround() {
        classes().that().resideInAPackage("io.astroupgrade.version..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.astroupgrade.version..", "java..")
                .check(classes);
    }

    @Test
    void onlyTheLauncherPathUsesTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("io.astroupgrade.app..")
                .should().dependOnClassesThat().resideInAPackage("io.astroupgrade.app..")
                .check(classes);
    }

    @Test
    void widgetsAndTheShellDoNotReachUp() {
        noClasses().that().resideInAnyPackage("io.astroupgrade.ui..", "io.astroupgrade.wizard..")
                .should().dependOnClassesThat().resideInAnyPackage("io.astroupgrade.steps..", "io.astroupgrade.cli..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.astroupgrade.(*)..").should().beFreeOfCycles().check(classes);
    }
}
