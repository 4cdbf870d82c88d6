package org.openics.analytics.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An in-memory DuckDB with the agreed facts tables (person, condition, observation, encounter, waiting_list) and
 * a few people whose cohort memberships are known by construction.
 */
final class FactsFixture {

    private FactsFixture() {}

    static Connection empty() throws SQLException {
        Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = duck.createStatement()) {
            s.execute(
                    "create table person (pseudonym varchar, place varchar, pcn varchar, practice varchar, lsoa varchar, birth_date date,"
                            + " age integer, sex varchar, ethnicity varchar, ethnic_group varchar, imd_decile integer, imd_quintile integer, death_date date)");
            s.execute(
                    "create table condition (pseudonym varchar, code varchar, system varchar, onset date, recorder varchar)");
            s.execute(
                    "create table observation (pseudonym varchar, code varchar, system varchar, effective date, value double, unit varchar,"
                            + " recorder varchar)");
            s.execute(
                    "create table encounter (pseudonym varchar, class varchar, type varchar, start_date date, end_date date,"
                            + " emergency_admission boolean, provider varchar)");
            s.execute(
                    "create table waiting_list (pseudonym varchar, provider varchar, treatment_function varchar, clock_start date,"
                            + " priority varchar, status varchar)");
        }
        return duck;
    }

    static void person(
            Connection duck,
            String pseudonym,
            String place,
            String practice,
            int age,
            String sex,
            String ethnicGroup,
            int quintile,
            String death)
            throws SQLException {
        try (var ps = duck.prepareStatement(
                "insert into person values (?, ?, 'PCN1', ?, 'E01Z0001', null, ?, ?, 'A', ?, ?, ?, ?)")) {
            ps.setString(1, pseudonym);
            ps.setString(2, place);
            ps.setString(3, practice);
            ps.setInt(4, age);
            ps.setString(5, sex);
            ps.setString(6, ethnicGroup);
            ps.setInt(7, quintile * 2);
            ps.setInt(8, quintile);
            ps.setObject(9, death == null ? null : java.sql.Date.valueOf(death));
            ps.executeUpdate();
        }
    }

    static void sql(Connection duck, String sql) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute(sql);
        }
    }
}
