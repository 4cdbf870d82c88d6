package org.openics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * House rule 3: domain code is free of frameworks. Everything in a domain module outside its
 * {@code internal} adapters (web, store, FHIR, Spring wiring) must not touch Spring, JDBC, servlets,
 * Jackson or HAPI FHIR; only {@code package-info} may carry Modulith's module annotation.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openics");

    static final String[] FRAMEWORKS = {"org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..",
        "com.fasterxml.jackson..", "ca.uhn.fhir..", "org.hl7.fhir..", "com.zaxxer.."};

    @Test
    void domainCodeDoesNotDependOnFrameworks() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage(DomainPackages.DOMAIN)
                .and().resideOutsideOfPackages("..internal..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("domain logic stays free of framework types; adapters live in internal packages");
        rule.check(CLASSES);
    }

    /** The domain modules; platform and cli are adapters by nature. */
    static final class DomainPackages {
        static final String[] DOMAIN = {"org.openics.registry..", "org.openics.governance..", "org.openics.analytics..",
            "org.openics.synthetic..", "org.openics.record..", "org.openics.development..", "org.openics.dashboard..", "org.openics.geography..", "org.openics.kernel..", "org.openics.finance..", "org.openics.mutualaid..",
            "org.openics.workforce..", "org.openics.estates..", "org.openics.engagement.."};
    }
}
