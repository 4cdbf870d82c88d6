package org.openics.analytics.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openics.analytics.cohorts.SegmentationSummary;
import org.openics.analytics.segmentation.PersonHistory;
import org.openics.analytics.segmentation.RecordedCondition;
import org.openics.analytics.segmentation.Segment;
import org.openics.analytics.segmentation.SegmentRules;
import org.openics.analytics.segmentation.Segmentation;

/**
 * Segments every person of the facts store into the {@code segment} table: one streaming pass in which DuckDB
 * gathers each person's conditions and last year's emergency care and {@link SegmentRules} (the one home of the
 * rules) decides. The table is rebuilt whole; {@code segment_run} remembers the reference date.
 */
final class SegmentationJob {

    private SegmentationJob() {
    }

    static void ensureTables(Connection duck) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("create table if not exists segment (pseudonym varchar primary key, cms_score double, condition_count integer,"
                    + " segment varchar)");
            s.execute("create table if not exists segment_run (as_at date, computed_at timestamp, persons bigint, fingerprint varchar)");
        }
    }

    static SegmentationSummary run(Connection duck, LocalDate asAt) throws SQLException {
        long started = System.nanoTime();
        ensureTables(duck);
        String fingerprint = fingerprint(duck);
        Map<Segment, Long> counts = new EnumMap<>(Segment.class);
        long persons = 0;
        String sql = "select p.pseudonym, p.age, p.death_date, c.codes, c.onsets,"
                + " coalesce(e.admissions, 0), coalesce(e.attendances, 0) from person p"
                + " left join (select pseudonym, list(code order by code) as codes, list(onset order by code) as onsets from condition"
                + "   where code is not null group by pseudonym) c on c.pseudonym = p.pseudonym"
                + " left join (select pseudonym, count(*) filter (where emergency_admission) as admissions,"
                + "   count(*) filter (where class = 'EMER') as attendances from encounter"
                + "   where start_date > ? and start_date <= ? group by pseudonym) e on e.pseudonym = p.pseudonym";
        try (Statement s = duck.createStatement()) {
            s.execute("begin transaction");
            s.execute("delete from segment");
        }
        try (PreparedStatement query = duck.prepareStatement(sql);
             DuckDBAppender appender = duck.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "segment")) {
            query.setDate(1, Date.valueOf(asAt.minusYears(1)));
            query.setDate(2, Date.valueOf(asAt));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Segmentation segmentation = SegmentRules.segment(history(rs), asAt);
                    appender.beginRow();
                    appender.append(rs.getString(1));
                    appender.append(segmentation.cmsScore());
                    appender.append(segmentation.conditionCount());
                    appender.append(segmentation.segment().name());
                    appender.endRow();
                    counts.merge(segmentation.segment(), 1L, Long::sum);
                    persons++;
                }
            }
        }
        try (Statement s = duck.createStatement()) {
            s.execute("delete from segment_run");
            s.execute("insert into segment_run values (DATE '" + asAt + "', current_timestamp, " + persons + ", '" + fingerprint + "')");
            s.execute("commit");
        }
        return new SegmentationSummary(asAt, persons, counts, (System.nanoTime() - started) / 1_000_000);
    }

    /** The reference date of the segments in the store, if they were computed. */
    static java.util.Optional<LocalDate> computedAsAt(Connection duck) throws SQLException {
        return lastRun(duck).map(Run::asAt);
    }

    /** The last run: its reference date and the fingerprint of the facts it read. */
    record Run(LocalDate asAt, String fingerprint) {
    }

    static java.util.Optional<Run> lastRun(Connection duck) throws SQLException {
        if (!exists(duck, "segment_run")) {
            return java.util.Optional.empty();
        }
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("select as_at, fingerprint from segment_run limit 1")) {
            return rs.next() ? java.util.Optional.of(new Run(rs.getDate(1).toLocalDate(), rs.getString(2))) : java.util.Optional.empty();
        }
    }

    /** Row counts of the tables segmentation reads: when they change, the segments are stale. */
    static String fingerprint(Connection duck) throws SQLException {
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery("select (select count(*) from person) || '/'"
                + " || (select count(*) from condition) || '/' || (select count(*) from encounter)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static boolean exists(Connection duck, String table) throws SQLException {
        try (PreparedStatement s = duck.prepareStatement("select count(*) from information_schema.tables where table_name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }

    private static PersonHistory history(ResultSet rs) throws SQLException {
        Integer age = rs.getObject(2) == null ? null : rs.getInt(2);
        Date death = rs.getDate(3);
        List<RecordedCondition> conditions = new ArrayList<>();
        java.sql.Array codes = rs.getArray(4);
        if (codes != null) {
            Object[] code = (Object[]) codes.getArray();
            Object[] onset = (Object[]) rs.getArray(5).getArray();
            for (int i = 0; i < code.length; i++) {
                conditions.add(new RecordedCondition((String) code[i], day(onset[i])));
            }
        }
        return new PersonHistory(age, death == null ? null : death.toLocalDate(), conditions, rs.getInt(6), rs.getInt(7));
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
