package org.openics.finance.capital;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The capital planner is pure domain code: the same framework rule as {@code ArchitectureTest} (whose DOMAIN list gets
 * {@code org.openics.finance..} when the finance module is merged). OR-Tools is a library, not a framework: allowed.
 */
class CapitalArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openics.finance.capital");

    @Test
    void capitalPlanningIsFreeOfFrameworks() {
        noClasses()
                .that()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta.servlet..",
                        "com.fasterxml.jackson..",
                        "ca.uhn.fhir..",
                        "org.hl7.fhir..",
                        "com.zaxxer..")
                .check(CLASSES);
    }

    @Test
    void capitalPlanningUsesOnlyTheKernelOfOtherModules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.openics.registry..",
                        "org.openics.record..",
                        "org.openics.analytics..",
                        "org.openics.governance..",
                        "org.openics.platform..",
                        "org.openics.cli..")
                .check(CLASSES);
    }
}
