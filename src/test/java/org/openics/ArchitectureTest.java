package org.openics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * House rule 3: domain code is free of frameworks, said as a whitelist so that a new framework cannot slip in
 * unnoticed. Domain code is every class of a domain module outside its {@code internal} adapters (web, store, FHIR,
 * command line, Spring wiring); it may depend only on what {@link #allowed} lists. {@code package-info} alone may
 * carry Modulith's annotations. Each rule is shown failing on the test-only fixtures in
 * {@code org.openics.analytics.statistics.WhitelistViolations} ({@code ArchitectureRulesFailTest}).
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openics");

    /** The domain modules; platform (configuration, database, security) and cli are adapters by nature. */
    static final Set<String> DOMAIN_MODULES = Set.of(
            "kernel",
            "registry",
            "governance",
            "analytics",
            "synthetic",
            "record",
            "development",
            "dashboard",
            "geography",
            "finance",
            "mutualaid",
            "workforce",
            "estates",
            "engagement");

    /**
     * Pure libraries (no framework, no I/O of their own), allowed by name to the domain packages that use them: a
     * domain package (and its subpackages) on the left may use the packages on the right.
     */
    static final Map<String, List<String>> PURE_LIBRARIES = Map.of(
            // Apache Commons Statistics: probability distributions for intervals and limits (plain maths).
            "org.openics.analytics.statistics", List.of("org.apache.commons.statistics"),
            // OR-Tools: the CP-SAT and linear solvers behind the capital portfolio (a native solver, no framework).
            "org.openics.finance.capital", List.of("com.google.ortools"),
            // OR-Tools: min-cost flow and linear programming behind the transfer optimiser.
            "org.openics.mutualaid.optimiser", List.of("com.google.ortools"),
            // Apache Commons CSV: the reader behind the published-file importers (parses text, nothing else).
            "org.openics.kernel", List.of("org.apache.commons.csv"),
            "org.openics.registry.importing", List.of("org.apache.commons.csv"),
            "org.openics.finance.need", List.of("org.apache.commons.csv"),
            "org.openics.finance.budgets", List.of("org.apache.commons.csv"));

    /**
     * Named exceptions, origin class → target class, each with its reason. Keep this short: an entry in it is a
     * design decision, not a way to make the test pass.
     */
    static final Map<String, String> EXCEPTIONS = Map.of(
            // The generator's entry point builds its implementation: it runs without Spring (from the command line,
            // before Spring starts, and in unit tests), so there is no bean to inject.
            "org.openics.synthetic.SyntheticPopulation", "org.openics.synthetic.internal.FhirPopulationWriter");

    /** Database drivers belong to the stores. */
    static final String[] DRIVERS = {"org.duckdb..", "org.postgresql.."};

    static final ArchRule DOMAIN_CODE_USES_ONLY_THE_WHITELIST = classes()
            .that()
            .resideInAnyPackage(
                    DOMAIN_MODULES.stream().map(m -> "org.openics." + m + "..").toArray(String[]::new))
            .and()
            .resideOutsideOfPackages("..internal..")
            .and()
            .doNotHaveSimpleName("package-info")
            .should(onlyDependOnTheWhitelist())
            .because("domain logic stays free of frameworks and drivers; adapters live in internal packages");

    static final ArchRule ONLY_ADAPTERS_USE_DATABASE_DRIVERS = noClasses()
            .that()
            .resideInAPackage("org.openics..")
            .and()
            .resideOutsideOfPackages("..internal..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DRIVERS)
            .because("DuckDB and PostgreSQL are reached through a module's internal store classes only");

    @Test
    void domainCodeDependsOnlyOnTheWhitelist() {
        DOMAIN_CODE_USES_ONLY_THE_WHITELIST.check(CLASSES);
    }

    @Test
    void onlyInternalAdaptersUseDatabaseDrivers() {
        ONLY_ADAPTERS_USE_DATABASE_DRIVERS.check(CLASSES);
    }

    static ArchCondition<JavaClass> onlyDependOnTheWhitelist() {
        return new ArchCondition<>(
                "only depend on java.. (not java.sql), javax.crypto, its own module (not its internal), the kernel, "
                        + "other modules' APIs (base packages and named interfaces) and its named pure libraries") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    if (!allowed(origin, dependency.getTargetClass().getBaseComponentType())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** What a domain class may depend on. */
    static boolean allowed(JavaClass origin, JavaClass target) {
        String to = target.getPackageName();
        if (target.isPrimitive() || within(to, "java") && !within(to, "java.sql")) {
            return true;
        }
        if (within(to, "javax.crypto")) {
            return true; // the JDK's own cryptography (java.base): HMAC of the audit chain
        }
        if (target.getName().equals(EXCEPTIONS.get(origin.getName()))) {
            return true;
        }
        String module = module(origin.getPackageName());
        if (within(to, "org.openics." + module) && !isInternal(to) || within(to, "org.openics.kernel")) {
            return true; // its own module, but not its own adapters: they depend on the domain, not the other way
        }
        if (PLATFORM_PURE_TYPES.contains(target.getName())) {
            return true; // platform's pure types: the progress callback of long jobs, the demo's files on the class
            // path
        }
        if (isModuleApi(target)) {
            return true; // which modules may be used, and only through their APIs, is Modulith's verify()
        }
        return PURE_LIBRARIES.entrySet().stream()
                .anyMatch(e -> within(origin.getPackageName(), e.getKey())
                        && e.getValue().stream().anyMatch(library -> within(to, library)));
    }

    static final java.util.Set<String> PLATFORM_PURE_TYPES =
            java.util.Set.of("org.openics.platform.ProgressListener", "org.openics.platform.DemoResources");

    /** A type another module publishes: in a domain module's base package or in a named interface of one. */
    static boolean isModuleApi(JavaClass target) {
        String to = target.getPackageName();
        String module = module(to);
        if (module == null || !DOMAIN_MODULES.contains(module)) {
            return false;
        }
        return to.equals("org.openics." + module)
                || target.getPackage().isAnnotatedWith("org.springframework.modulith.NamedInterface");
    }

    /** The module of an org.openics package (its third segment), or null outside org.openics. */
    static String module(String packageName) {
        if (!within(packageName, "org.openics") || packageName.equals("org.openics")) {
            return null;
        }
        String rest = packageName.substring("org.openics.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isInternal(String packageName) {
        return ("." + packageName + ".").contains(".internal.");
    }

    static boolean within(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }
}
