package org.openics.analytics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openics.platform.ProgressListener;
import org.openics.record.AnalyticFact;
import org.openics.record.AnalyticFacts;
import org.openics.record.OptOutExclusions;
import org.openics.record.RecordFacts;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Feeds the facts store from the record incrementally: for each kind, the facts changed since the last
 * sequence seen go to a staging table; rows of the same key are replaced; the new sequence is kept in
 * {@code feed_state} in the same DuckDB transaction. Then the registry look-ups (IMD decile per LSOA, ICS
 * per practice) are refreshed and {@code person} is rebuilt at the reference date.
 */
@Component
class FactsFeed {

    private final FactsStore store;
    private final RecordFacts record;
    private final Registry registry;
    private final String referenceSetting;

    FactsFeed(
            FactsStore store,
            RecordFacts record,
            Registry registry,
            @Value("${openics.analytics.reference-date:}") String referenceSetting) {
        this.store = store;
        this.record = record;
        this.registry = registry;
        this.referenceSetting = referenceSetting;
    }

    /** What one feed did. */
    record FeedResult(
            Map<String, Long> changed,
            Map<String, Long> totals,
            LocalDate reference,
            OptOutExclusions optOuts,
            java.util.List<OptOutPurge.AreaCount> excludedByArea,
            long purgedRows) {}

    FeedResult update(ProgressListener progress) {
        return store.write(connection -> {
            Map<String, Long> changed = new LinkedHashMap<>();
            for (AnalyticFacts.Kind kind : AnalyticFacts.Kind.values()) {
                changed.put(kind.name().toLowerCase(java.util.Locale.ROOT), pull(connection, kind, progress));
            }
            // the record hands out no facts of opted-out people; these are the ones it handed out before they opted out
            OptOutExclusions optOuts = record.optOutExclusions();
            long purged = OptOutPurge.purge(connection, optOuts);
            LocalDate reference = reference(connection);
            enrich(connection, reference, progress);
            return new FeedResult(
                    changed,
                    FactsStore.counts(connection),
                    reference,
                    optOuts,
                    OptOutPurge.perArea(connection, optOuts.byPractice()),
                    purged);
        });
    }

    /** Deletes what the facts store still holds of people who opted out since the last feed (before an export). */
    long purgeOptedOut() {
        if (!store.exists()) {
            return 0;
        }
        OptOutExclusions optOuts = record.optOutExclusions();
        return optOuts.pseudonyms().isEmpty() ? 0 : store.write(connection -> OptOutPurge.purge(connection, optOuts));
    }

    /** Re-reads the registry look-ups and rebuilds {@code person} without pulling from the record (the bench shortcut's last step). */
    LocalDate enrichOnly(ProgressListener progress) {
        return store.write(connection -> {
            LocalDate reference = reference(connection);
            enrich(connection, reference, progress);
            return reference;
        });
    }

    /**
     * Bench-only shortcut: replaces the facts with those read straight from a generator NDJSON folder by DuckDB
     * (analytics/ndjson-shortcut.sql), then enriches as a feed would. Returns the fact rows per table.
     */
    Map<String, Long> loadNdjson(java.nio.file.Path dir, ProgressListener progress) {
        String sql;
        try (var in = FactsFeed.class.getClassLoader().getResourceAsStream("analytics/ndjson-shortcut.sql")) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("(?m)^--.*$", "")
                    .replace("DIR", dir.toAbsolutePath().toString().replace("'", "''"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String script = sql;
        return store.write(connection -> {
            progress.start("Reading the NDJSON folder " + dir + " into the facts store (bench-only shortcut)", -1);
            FactsStore.execute(connection, script);
            progress.finish();
            // place and PCN come from the registry when persons are built (FactsStore.buildPerson), as for the feed
            enrich(connection, reference(connection), progress);
            return FactsStore.counts(connection);
        });
    }

    /**
     * The demo's path: replaces every fact with those the producer adds (AnalyticFacts records), through one appender
     * per table (fact ids negative, so they never collide with the record's; sequence 0, so a later pull from the record
     * would add, not replace: refreshes do not pull once facts are replaced), then enriches as a feed would.
     */
    Map<String, Long> replace(
            java.util.function.Consumer<org.openics.analytics.FactsExport.FactSink> producer,
            ProgressListener progress) {
        return store.write(connection -> {
            for (String table : FactsStore.FACT_TABLES) {
                FactsStore.execute(connection, "delete from " + table);
            }
            FactsStore.execute(connection, "delete from feed_state");
            Map<Class<?>, DuckDBAppender> appenders = new java.util.HashMap<>();
            Map<Class<?>, long[]> ids = new java.util.HashMap<>();
            try {
                for (AnalyticFacts.Kind kind : AnalyticFacts.Kind.values()) {
                    appenders.put(kind.type(), ((DuckDBConnection) connection).createAppender(table(kind)));
                    ids.put(kind.type(), new long[] {0});
                }
                producer.accept(fact -> {
                    DuckDBAppender appender = appenders.get(fact.getClass());
                    try {
                        appender.beginRow();
                        appender.append(-(++ids.get(fact.getClass())[0]));
                        appender.append(0L);
                        appendFact(appender, fact);
                        appender.endRow();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            } finally {
                for (DuckDBAppender appender : appenders.values()) {
                    appender.close();
                }
            }
            enrich(connection, reference(connection), progress);
            return FactsStore.counts(connection);
        });
    }

    private void enrich(Connection connection, LocalDate reference, ProgressListener progress) throws SQLException {
        progress.start("Enriching persons (registry, deprivation) at " + reference, -1);
        loadRegistry(connection, reference);
        FactsStore.buildPerson(connection, reference);
        progress.finish();
    }

    private static String table(AnalyticFacts.Kind kind) {
        return "fact_" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private long pull(Connection connection, AnalyticFacts.Kind kind, ProgressListener progress) throws SQLException {
        String table = table(kind);
        long since = lastSequence(connection, kind);
        progress.start("Pulling " + kind.name().toLowerCase(java.util.Locale.ROOT) + " facts from the record", -1);
        FactsStore.execute(connection, "create or replace temp table stage as select * from " + table + " limit 0");
        long[] rows = {0};
        long last;
        try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender("temp", "main", "stage")) {
            last = record.facts(kind.type(), since, change -> {
                try {
                    appender.beginRow();
                    appender.append(change.key());
                    appender.append(change.sequence());
                    appendFact(appender, change.fact());
                    appender.endRow();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                rows[0]++;
                if (rows[0] % 10_000 == 0) {
                    progress.advance(rows[0]);
                }
            });
        }
        if (rows[0] > 0) {
            connection.setAutoCommit(false);
            try {
                FactsStore.execute(
                        connection,
                        "delete from " + table + " where fact_id in (select fact_id from stage);\n" + "insert into "
                                + table + " select * from stage");
                try (PreparedStatement ps = connection.prepareStatement(
                        "insert or replace into feed_state (kind, last_sequence) values (?, ?)")) {
                    ps.setString(1, kind.name());
                    ps.setLong(2, last);
                    ps.executeUpdate();
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }
        FactsStore.execute(connection, "drop table stage");
        progress.advance(rows[0]);
        progress.finish();
        return rows[0];
    }

    private static long lastSequence(Connection connection, AnalyticFacts.Kind kind) throws SQLException {
        try (PreparedStatement ps =
                connection.prepareStatement("select last_sequence from feed_state where kind = ?")) {
            ps.setString(1, kind.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Appends a fact's columns, in its table's order, to the current row: one method per kind of fact. */
    private static void appendFact(DuckDBAppender a, AnalyticFact fact) throws SQLException {
        try {
            fact.handBy(new Columns(a));
        } catch (Appending e) {
            throw e.getCause();
        }
    }

    /** An appender's SQLException through a handler's methods. */
    private static final class Appending extends RuntimeException {
        Appending(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private interface Append {
        void to(DuckDBAppender a) throws SQLException;
    }

    private record Columns(DuckDBAppender a) implements AnalyticFact.Handler {

        private void append(Append columns) {
            try {
                columns.to(a);
            } catch (SQLException e) {
                throw new Appending(e);
            }
        }

        @Override
        public void person(AnalyticFacts.Person p) {
            append(a -> {
                text(a, p.pseudonym());
                text(a, p.place());
                text(a, p.pcn());
                text(a, p.practice());
                text(a, p.lsoa());
                date(a, p.birthDate());
                text(a, p.sex());
                text(a, p.ethnicity());
            });
        }

        @Override
        public void death(AnalyticFacts.Death d) {
            append(a -> {
                text(a, d.pseudonym());
                date(a, d.date());
            });
        }

        @Override
        public void condition(AnalyticFacts.Condition c) {
            append(a -> {
                text(a, c.pseudonym());
                text(a, c.code());
                text(a, c.system());
                date(a, c.onset());
                text(a, c.recorder());
            });
        }

        @Override
        public void observation(AnalyticFacts.Observation o) {
            append(a -> {
                text(a, o.pseudonym());
                text(a, o.code());
                text(a, o.system());
                date(a, o.date());
                number(a, o.value());
                text(a, o.unit());
                text(a, o.recorder());
                text(a, o.valueCode());
                number(a, o.diastolic());
            });
        }

        @Override
        public void encounter(AnalyticFacts.Encounter e) {
            append(a -> {
                text(a, e.pseudonym());
                text(a, e.encounterClass());
                text(a, e.type());
                date(a, e.start());
                date(a, e.end());
                a.append(e.emergencyAdmission());
                text(a, e.provider());
            });
        }

        @Override
        public void waitingListEntry(AnalyticFacts.WaitingListEntry w) {
            append(a -> {
                text(a, w.pseudonym());
                text(a, w.provider());
                text(a, w.treatmentFunction());
                date(a, w.clockStart());
                text(a, w.priority());
                text(a, w.status());
            });
        }
    }

    private static void text(DuckDBAppender a, String value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    private static void date(DuckDBAppender a, LocalDate value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    private static void number(DuckDBAppender a, Double value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value.doubleValue());
        }
    }

    /**
     * The reference date: the setting {@code openics.analytics.reference-date} if given, else the last day of
     * the month of the latest event (encounter, death or observation) — 2026-06-30 for the generator's default.
     */
    LocalDate reference(Connection connection) throws SQLException {
        if (referenceSetting != null && !referenceSetting.isBlank()) {
            return LocalDate.parse(referenceSetting);
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                select last_day(greatest(
                    coalesce((select max(start_date) from fact_encounter where start_date <= current_date), DATE '1900-01-01'),
                    coalesce((select max(death_date) from fact_death where death_date <= current_date), DATE '1900-01-01'),
                    coalesce((select max(effective) from fact_observation where effective <= current_date), DATE '1900-01-01')))
                """);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            LocalDate latest = rs.getObject(1, LocalDate.class);
            return latest == null || latest.getYear() == 1900 ? LocalDate.now() : latest;
        }
    }

    private void loadRegistry(Connection connection, LocalDate reference) throws SQLException {
        SystemOfSystems system = registry.asAt(reference);
        FactsStore.execute(connection, "delete from lsoa_deprivation;\ndelete from practice_ics");
        try (DuckDBAppender a = ((DuckDBConnection) connection).createAppender("lsoa_deprivation")) {
            for (var lsoa : system.organisations(OrganisationKind.LSOA)) {
                var deprivation = system.deprivation(lsoa.code());
                if (deprivation.isPresent()) {
                    a.beginRow();
                    a.append(lsoa.code().value());
                    a.append(deprivation.get().decile());
                    a.append(deprivation.get().rank());
                    a.endRow();
                }
            }
        }
        try (DuckDBAppender a = ((DuckDBConnection) connection).createAppender("practice_ics")) {
            for (var practice : system.organisations(OrganisationKind.GP_PRACTICE)) {
                var icb = system.ancestor(practice.code(), OrganisationKind.ICB);
                if (icb.isPresent()) {
                    a.beginRow();
                    a.append(practice.code().value());
                    a.append(icb.get().code().value());
                    text(
                            a,
                            system.ancestor(practice.code(), OrganisationKind.PCN)
                                    .map(o -> o.code().value())
                                    .orElse(null));
                    text(
                            a,
                            system.ancestor(practice.code(), OrganisationKind.PLACE)
                                    .map(o -> o.code().value())
                                    .orElse(null));
                    a.endRow();
                }
            }
        }
    }
}
