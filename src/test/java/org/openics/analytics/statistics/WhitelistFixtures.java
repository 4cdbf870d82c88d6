package org.openics.analytics.statistics;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.openics.kernel.Money;
import org.openics.registry.SystemOfSystems;

/**
 * Test-only classes in a domain package, each breaking the domain whitelist in one way (and one keeping to it), so
 * that {@code ArchitectureRulesFailTest} sees the rules report what they must and nothing else. Not in src/main, so
 * the real rules never see them.
 */
public final class WhitelistFixtures {

    private WhitelistFixtures() {}

    /** A DuckDB field in a statistics class: what the old banned list let through. */
    public static final class DuckDbField {
        org.duckdb.DuckDBConnection connection;
    }

    /** Spring in domain code. */
    public static final class SpringCall {
        void check(Object value) {
            org.springframework.util.Assert.notNull(value, "value");
        }
    }

    /** JDBC in domain code. */
    public static final class JdbcParameter {
        void read(java.sql.ResultSet rows) {}
    }

    /** A library nobody allowed: Jackson. */
    public static final class JacksonField {
        com.fasterxml.jackson.databind.ObjectMapper mapper;
    }

    /** OR-Tools is allowed to finance.capital and the transfer optimiser, not to statistics. */
    public static final class SolverOutsideItsPackages {
        com.google.ortools.sat.CpModel model;
    }

    /** Another module's type that is not its API (finance.need is neither finance's base package nor a named interface). */
    public static final class AnotherModulesInnards {
        org.openics.finance.need.LocalFacts facts;
    }

    /** Its own module's adapters: internal depends on the domain, never the other way. */
    public static final class OwnAdapters {
        org.openics.analytics.internal.DriverInAdapterFixture adapter;
    }

    /** Platform's Spring-bound types (here the accounts bean) are not for domain code. */
    public static final class PlatformBean {
        org.openics.platform.Accounts accounts;
    }

    /** Keeps to the whitelist: the JDK, its named pure library, the kernel, another module's API, its own module. */
    public static final class KeepsToTheWhitelist {
        final java.util.List<Money> amounts = java.util.List.of(Money.ZERO);
        SystemOfSystems registry;
        Estimate estimate;

        double quantile() {
            return NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);
        }
    }
}
