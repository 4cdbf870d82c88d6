package org.openics.analytics.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.openics.platform.OpenIcsHome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded DuckDB facts store at {@code OPENICS_HOME/analytics/facts.duckdb}: the record's
 * pseudonymised facts ({@code fact_*} tables, fed incrementally by {@link FactsFeed}) and the agreed
 * analytic tables built from them — {@code person} (enriched: age at the reference date, age band,
 * ethnic group, IMD decile and quintile, death date) and the views {@code condition}, {@code observation},
 * {@code encounter}, {@code waiting_list}.
 *
 * <p>DuckDB lets one process write a database file (or several read it). The file is opened only for
 * the duration of a refresh or a query and closed after, so a command line refresh and a running server
 * take turns; when another process holds it the call fails at once with {@link FactsStoreBusyException}.
 * Within this process calls take turns on a lock.
 */
@Component
public class FactsStore {

    /** Work on a connection to the facts store. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Another process holds the facts store (DuckDB allows one writing process). */
    public static final class FactsStoreBusyException extends IllegalStateException {
        FactsStoreBusyException(Path file, Throwable cause) {
            super(
                    "the facts store " + file
                            + " is in use by another process (a refresh or export running elsewhere, or the server);"
                            + " try again when it has finished",
                    cause);
        }
    }

    static final List<String> FACT_TABLES = List.of(
            "fact_person", "fact_death", "fact_condition", "fact_observation", "fact_encounter", "fact_waiting_list");

    private static final String SCHEMA = """
            create table if not exists fact_person (fact_id bigint, seq bigint, pseudonym varchar, place varchar, pcn varchar, practice varchar,
                lsoa varchar, birth_date date, sex varchar, ethnicity varchar);
            create table if not exists fact_death (fact_id bigint, seq bigint, pseudonym varchar, death_date date);
            create table if not exists fact_condition (fact_id bigint, seq bigint, pseudonym varchar, code varchar, system varchar, onset date,
                recorder varchar);
            create table if not exists fact_observation (fact_id bigint, seq bigint, pseudonym varchar, code varchar, system varchar,
                effective date, value double, unit varchar, recorder varchar, value_code varchar, diastolic double);
            create table if not exists fact_encounter (fact_id bigint, seq bigint, pseudonym varchar, class varchar, type varchar,
                start_date date, end_date date, emergency_admission boolean, provider varchar);
            create table if not exists fact_waiting_list (fact_id bigint, seq bigint, pseudonym varchar, provider varchar,
                treatment_function varchar, clock_start date, priority varchar, status varchar);
            create table if not exists feed_state (kind varchar primary key, last_sequence bigint not null);
            create table if not exists lsoa_deprivation (lsoa varchar, imd_decile integer);
            alter table lsoa_deprivation add column if not exists imd_rank integer;
            create table if not exists practice_ics (practice varchar, ics varchar, pcn varchar, place varchar);
            create or replace view condition as select pseudonym, code, system, onset, recorder from fact_condition;
            create or replace view observation as select pseudonym, code, system, effective, value, unit, recorder, value_code, diastolic
                from fact_observation;
            create or replace view encounter as select pseudonym, class, type, start_date, end_date, emergency_admission, provider
                from fact_encounter;
            create or replace view waiting_list as select pseudonym, provider, treatment_function, clock_start, priority, status
                from fact_waiting_list;
            """;

    private final Path file;
    private final String memoryLimit;
    private final ReentrantLock lock = new ReentrantLock();

    public FactsStore(OpenIcsHome home, @Value("${openics.analytics.duckdb-memory:6GB}") String memoryLimit) {
        this.file = home.resolve("analytics").resolve("facts.duckdb");
        this.memoryLimit = memoryLimit;
    }

    /**
     * The facts are pseudonymised person-level data: the folder and the file are the owner's only (DuckDB creates its
     * file with the process's umask, often world-readable).
     */
    static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.exists(path)) {
            try {
                Files.setPosixFilePermissions(
                        path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its own access control applies
            }
        }
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /** Runs read queries (e.g. segmentation or cohort SQL over {@code person}, {@code condition} ...) on a read-only connection. */
    public <T> T query(Work<T> work) {
        if (!exists()) {
            throw new IllegalStateException(
                    "no facts store yet at " + file + ": run `openics indicators refresh` first");
        }
        return withConnection(true, work);
    }

    /** Runs work that changes the store, creating it (and its tables) if needed. */
    public <T> T write(Work<T> work) {
        try {
            Files.createDirectories(file.getParent());
            ownerOnly(file.getParent(), "rwx------");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withConnection(false, connection -> {
            execute(connection, SCHEMA);
            return work.run(connection);
        });
    }

    private <T> T withConnection(boolean readOnly, Work<T> work) {
        lock.lock();
        try {
            Properties properties = new Properties();
            if (readOnly) {
                properties.setProperty("duckdb.read_only", "true");
            }
            Connection connection;
            try {
                connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
            } catch (SQLException e) {
                if (String.valueOf(e.getMessage())
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("lock")) {
                    throw new FactsStoreBusyException(file, e);
                }
                throw new IllegalStateException("cannot open the facts store " + file + ": " + e.getMessage(), e);
            }
            try (connection) {
                if (!readOnly) {
                    ownerOnly(file, "rw-------");
                }
                execute(connection, "set memory_limit = '" + memoryLimit + "'; set preserve_insertion_order = false");
                return work.run(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("facts store: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } finally {
            lock.unlock();
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String part : sql.split(";\\s*\\n|;\\s*$")) {
                if (!part.isBlank()) {
                    statement.execute(part);
                }
            }
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Rows per fact table. */
    public Map<String, Long> counts() {
        return query(FactsStore::counts);
    }

    static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : FACT_TABLES) {
            counts.put(table.substring("fact_".length()), count(connection, "select count(*) from " + table));
        }
        return counts;
    }

    /** Writes the agreed tables and views as Parquet files, one per table, into {@code dir}; returns rows per file. */
    public Map<String, Long> exportParquet(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return query(connection -> {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : List.of("person", "condition", "observation", "encounter", "waiting_list")) {
                Path out = dir.resolve(table + ".parquet").toAbsolutePath();
                execute(
                        connection,
                        "copy (select * from " + table + ") to '"
                                + out.toString().replace("'", "''") + "' (format parquet, compression zstd)");
                rows.put(table, count(connection, "select count(*) from " + table));
            }
            return rows;
        });
    }

    /**
     * Rebuilds {@code person} from the person and death facts: one row per pseudonym (its latest fact),
     * age at the reference date (or at death, if before), the ESP 5-year age band, ethnic group, IMD decile and
     * quintile of the home LSOA (1 = most deprived) and the ICS, PCN and place of the registered practice as the
     * registry has them at the reference date (the record's own place and PCN, fixed at ingest, only where the registry
     * does not know the practice).
     */
    static void buildPerson(Connection connection, LocalDate reference) throws SQLException {
        execute(connection, """
                create or replace table person as
                with latest as (
                    select * from fact_person qualify row_number() over (partition by pseudonym order by seq desc) = 1
                ), death as (
                    select pseudonym, max(death_date) as death_date from fact_death group by pseudonym
                ), base as (
                    select l.pseudonym, i.ics, coalesce(i.place, l.place) as place, coalesce(i.pcn, l.pcn) as pcn, l.practice, l.lsoa, l.birth_date, l.sex, l.ethnicity, d.death_date,
                        case when l.birth_date is null then null
                             else date_sub('year', l.birth_date, least(coalesce(d.death_date, DATE 'REF'), DATE 'REF')) end as age,
                        x.imd_decile
                    from latest l left join death d using (pseudonym)
                        left join lsoa_deprivation x on x.lsoa = l.lsoa
                        left join practice_ics i on i.practice = l.practice
                )
                , pairs as (
                    -- people per (area, home LSOA) with the LSOA's national IMD rank (1 = most deprived)
                    select 'place' as kind, b.place as area, b.lsoa, any_value(x.imd_rank) as imd_rank, count(*) as people
                    from base b join lsoa_deprivation x on x.lsoa = b.lsoa where b.place is not null and x.imd_rank is not null group by all
                    union all
                    select 'ics', b.ics, b.lsoa, any_value(x.imd_rank), count(*)
                    from base b join lsoa_deprivation x on x.lsoa = b.lsoa where b.ics is not null and x.imd_rank is not null group by all
                ), local_decile as (
                    -- deciles within the area: LSOAs most deprived first, each in the tenth its population's midpoint falls in
                    select kind, area, lsoa, least(10, 1 + floor(10 * (sum(people) over (partition by kind, area order by imd_rank, lsoa
                        rows between unbounded preceding and current row) - people / 2.0) / sum(people) over (partition by kind, area)))::integer
                        as decile
                    from pairs
                )
                select pseudonym, b.ics, b.place, pcn, practice, b.lsoa, birth_date, age, sex, ethnicity,
                    case when ethnicity in ('A', 'B', 'C') then 'White'
                         when ethnicity in ('D', 'E', 'F', 'G') then 'Mixed'
                         when ethnicity in ('H', 'J', 'K', 'L') then 'Asian'
                         when ethnicity in ('M', 'N', 'P') then 'Black'
                         when ethnicity in ('R', 'S') then 'Other'
                         else 'Not stated' end as ethnic_group,
                    imd_decile, (imd_decile + 1) // 2 as imd_quintile, death_date,
                    case when age is null then null when age >= 90 then '90+'
                         else cast(5 * (age // 5) as varchar) || '-' || cast(5 * (age // 5) + 4 as varchar) end as age_band,
                    lp.decile as place_imd_decile, li.decile as ics_imd_decile
                from base b
                    left join local_decile lp on lp.kind = 'place' and lp.area = b.place and lp.lsoa = b.lsoa
                    left join local_decile li on li.kind = 'ics' and li.area = b.ics and li.lsoa = b.lsoa
                """.replace("REF", reference.toString()));
    }
}
