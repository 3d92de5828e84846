package io.astroupgrade.docker;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** docker-java stays inside this package, and this package stays free of JavaFX. */
class DockerPackageBoundaryTest {

    static final String DOCKER_JAVA = "com.github.dockerjava..";
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.astroupgrade");

    @Test
    void onlyTheDockerPackageUsesDockerJava() {
        noClasses().that().resideOutsideOfPackage("io.astroupgrade.docker..")
                .should().dependOnClassesThat().resideInAPackage(DOCKER_JAVA)
                .check(MAIN);
    }

    @Test
    void itsPublicMethodsShowNoDockerJavaType() {
        noMethods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage("io.astroupgrade.docker")
                .should().haveRawReturnType(resideInAPackage(DOCKER_JAVA))
                .check(MAIN);
        noCodeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAPackage("io.astroupgrade.docker")
                .should().haveRawParameterTypes(anyElementThat(resideInAPackage(DOCKER_JAVA)))
                .check(MAIN);
    }

    @Test
    void noJavaFx() {
        noClasses().that().resideInAPackage("io.astroupgrade.docker..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(MAIN);
    }
}
