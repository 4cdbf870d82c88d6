package org.openics.analytics.internal;

/** Test-only: an internal adapter may hold a DuckDB connection; {@code ArchitectureRulesFailTest} checks neither rule reports it. */
public final class DriverInAdapterFixture {
    org.duckdb.DuckDBConnection connection;
    org.springframework.jdbc.core.JdbcTemplate jdbc;
}
