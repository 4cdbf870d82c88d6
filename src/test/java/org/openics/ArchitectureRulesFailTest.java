package org.openics;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.analytics.internal.DriverInAdapterFixture;
import org.openics.analytics.statistics.WhitelistFixtures;

/** The architecture rules fail on deliberate violations (test-only fixtures), and pass what they allow. */
class ArchitectureRulesFailTest {

    static final JavaClasses FIXTURES = new ClassFileImporter()
            .importClasses(
                    WhitelistFixtures.DuckDbField.class,
                    WhitelistFixtures.SpringCall.class,
                    WhitelistFixtures.JdbcParameter.class,
                    WhitelistFixtures.JacksonField.class,
                    WhitelistFixtures.SolverOutsideItsPackages.class,
                    WhitelistFixtures.AnotherModulesInnards.class,
                    WhitelistFixtures.PlatformBean.class,
                    WhitelistFixtures.OwnAdapters.class,
                    WhitelistFixtures.KeepsToTheWhitelist.class,
                    DriverInAdapterFixture.class);

    @Test
    void whitelistReportsEachFrameworkDriverAndUnlistedLibraryInDomainCode() {
        List<String> violations = violations(ArchitectureTest.DOMAIN_CODE_USES_ONLY_THE_WHITELIST);

        assertThat(violations)
                .anyMatch(v -> v.contains("DuckDbField.connection") && v.contains("org.duckdb.DuckDBConnection"));
        assertThat(violations)
                .anyMatch(v -> v.contains("SpringCall.check") && v.contains("org.springframework.util.Assert"));
        assertThat(violations).anyMatch(v -> v.contains("JdbcParameter.read") && v.contains("java.sql.ResultSet"));
        assertThat(violations).anyMatch(v -> v.contains("JacksonField.mapper") && v.contains("com.fasterxml.jackson"));
        assertThat(violations)
                .anyMatch(v -> v.contains("SolverOutsideItsPackages.model") && v.contains("com.google.ortools"));
        assertThat(violations)
                .anyMatch(v ->
                        v.contains("AnotherModulesInnards.facts") && v.contains("org.openics.finance.need.LocalFacts"));
        assertThat(violations)
                .anyMatch(v -> v.contains("OwnAdapters.adapter") && v.contains("org.openics.analytics.internal"));
        assertThat(violations)
                .anyMatch(v -> v.contains("PlatformBean.accounts") && v.contains("org.openics.platform.Accounts"));
    }

    @Test
    void whitelistLetsThroughTheJdkItsLibraryTheKernelOtherModulesApisAndInternalAdapters() {
        assertThat(violations(ArchitectureTest.DOMAIN_CODE_USES_ONLY_THE_WHITELIST))
                .noneMatch(v -> v.contains("KeepsToTheWhitelist")
                        || v.contains("<org.openics.analytics.internal.DriverInAdapterFixture."));
    }

    @Test
    void driverRuleReportsDuckDbOutsideInternalOnly() {
        List<String> violations = violations(ArchitectureTest.ONLY_ADAPTERS_USE_DATABASE_DRIVERS);

        assertThat(violations).anyMatch(v -> v.contains("DuckDbField.connection") && v.contains("org.duckdb"));
        assertThat(violations).noneMatch(v -> v.contains("DriverInAdapterFixture"));
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(FIXTURES).getFailureReport().getDetails();
    }
}
