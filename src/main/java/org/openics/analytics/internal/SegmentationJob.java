package org.openics.analytics.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openics.analytics.cohorts.SegmentationSummary;
import org.openics.analytics.segmentation.CambridgeMultimorbidityScore;
import org.openics.analytics.segmentation.CmsCondition;
import org.openics.analytics.segmentation.Segment;
import org.openics.analytics.segmentation.SegmentRules;

/**
 * Segments every person of the facts store into the {@code segment} table in one DuckDB statement generated from
 * the domain's weights and thresholds ({@link SegmentRules} stays the reference, with reasons, for one person).
 * The table is rebuilt whole; {@code segment_run} remembers the reference date and the facts it read.
 */
final class SegmentationJob {

    private SegmentationJob() {}

    static void ensureTables(Connection duck) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute(
                    "create table if not exists segment (pseudonym varchar, cms_score double, condition_count integer,"
                            + " segment varchar)");
            s.execute(
                    "create table if not exists segment_run (as_at date, computed_at timestamp, persons bigint, fingerprint varchar)");
        }
    }

    static SegmentationSummary run(Connection duck, LocalDate asAt) throws SQLException {
        long started = System.nanoTime();
        ensureTables(duck);
        String fingerprint = fingerprint(duck);
        try (Statement s = duck.createStatement()) {
            s.execute("begin transaction");
            s.execute("delete from segment");
            s.execute("insert into segment " + sql(asAt));
            s.execute("delete from segment_run");
            s.execute("insert into segment_run values (DATE '" + asAt
                    + "', current_timestamp, (select count(*) from segment), '" + fingerprint + "')");
            s.execute("commit");
        }
        Map<Segment, Long> counts = new EnumMap<>(Segment.class);
        long persons = 0;
        try (Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("select segment, count(*) from segment group by 1")) {
            while (rs.next()) {
                counts.put(Segment.valueOf(rs.getString(1)), rs.getLong(2));
                persons += rs.getLong(2);
            }
        }
        return new SegmentationSummary(asAt, persons, counts, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The rules of {@link SegmentRules} and the weights of {@link CmsCondition} as one DuckDB query (a row-by-row
     * pass over JDBC was 20 times slower). Generated from the same enum and constants; {@code SegmentationSqlTest}
     * checks that it agrees with the Java rules person by person. Only dates and our own codes are inlined.
     */
    static String sql(LocalDate asAt) {
        String day = "DATE '" + asAt + "'";
        StringBuilder flags = new StringBuilder();
        StringBuilder score = new StringBuilder("0");
        StringBuilder count = new StringBuilder("0");
        for (CmsCondition condition : CmsCondition.values()) {
            if (!condition.expressible()) {
                continue;
            }
            String name = condition.name().toLowerCase(Locale.ROOT);
            String window = condition == CmsCondition.CANCER
                    ? " and (onset is null or onset >= DATE '"
                            + asAt.minusYears(CambridgeMultimorbidityScore.CANCER_YEARS) + "')"
                    : "";
            flags.append(", bool_or(code in (")
                    .append(literals(condition.snomed()))
                    .append(") and (onset is null or onset <= ")
                    .append(day)
                    .append(")")
                    .append(window)
                    .append(") as ")
                    .append(name);
            score.append(" + case when coalesce(c.")
                    .append(name)
                    .append(", false) then ")
                    .append(condition.weight())
                    .append(" else 0 end");
            count.append(" + case when coalesce(c.").append(name).append(", false) then 1 else 0 end");
        }
        flags.append(", bool_or(code = '")
                .append(SegmentRules.LEARNING_DISABILITY)
                .append("' and (onset is null or onset <= ")
                .append(day)
                .append(")) as learning_disability");
        return "with c as (select pseudonym" + flags + " from condition group by pseudonym),"
                + " e as (select pseudonym, count(*) filter (where emergency_admission) as admissions,"
                + "   count(*) filter (where class = 'EMER') as attendances from encounter"
                + "   where start_date > DATE '" + asAt.minusYears(1) + "' and start_date <= " + day
                + " group by pseudonym),"
                + " x as (select p.pseudonym, p.age, p.death_date, round(" + score + ", 2) as cms_score, " + count
                + " as condition_count,"
                + "   coalesce(e.admissions, 0) as admissions, coalesce(e.attendances, 0) as attendances,"
                + "   coalesce(c.cancer, false) as cancer, coalesce(c.dementia, false) as dementia,"
                + "   coalesce(c.heart_failure, false) or coalesce(c.copd, false) as limited_reserve,"
                + "   coalesce(c.learning_disability, false) as learning_disability"
                + "   from person p left join c on c.pseudonym = p.pseudonym left join e on e.pseudonym = p.pseudonym)"
                + " select pseudonym, cms_score, condition_count, case"
                + "   when death_date is not null and death_date <= " + day + " and death_date > DATE '"
                + asAt.minusYears(1) + "' then 'END_OF_LIFE'"
                + "   when cancer and admissions >= " + SegmentRules.END_OF_LIFE_ADMISSIONS + " then 'END_OF_LIFE'"
                + "   when dementia then 'FRAILTY_DEMENTIA'"
                + "   when age >= " + SegmentRules.FRAILTY_AGE + " and condition_count >= "
                + SegmentRules.FRAILTY_CONDITIONS + " then 'FRAILTY_DEMENTIA'"
                + "   when limited_reserve then 'LIMITED_RESERVE'"
                + "   when learning_disability then 'DISABILITY'"
                + "   when condition_count >= " + SegmentRules.COMPLEX_CONDITIONS + " then 'CHRONIC_COMPLEX'"
                + "   when condition_count >= 1 then 'CHRONIC_STABLE'"
                + "   when admissions + attendances > 0 then 'ACUTE_EPISODE'"
                + "   when age < 1 then 'MATERNAL_AND_INFANT'"
                + "   else 'HEALTHY' end as segment from x";
    }

    private static String literals(java.util.Collection<String> codes) {
        return codes.stream().sorted().map(code -> "'" + code + "'").collect(Collectors.joining(", "));
    }

    /** The reference date of the segments in the store, if they were computed. */
    static java.util.Optional<LocalDate> computedAsAt(Connection duck) throws SQLException {
        return lastRun(duck).map(Run::asAt);
    }

    /** The last run: its reference date and the fingerprint of the facts it read. */
    record Run(LocalDate asAt, String fingerprint) {}

    static java.util.Optional<Run> lastRun(Connection duck) throws SQLException {
        if (!exists(duck, "segment_run")) {
            return java.util.Optional.empty();
        }
        try (Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("select as_at, fingerprint from segment_run limit 1")) {
            return rs.next()
                    ? java.util.Optional.of(new Run(rs.getDate(1).toLocalDate(), rs.getString(2)))
                    : java.util.Optional.empty();
        }
    }

    /** Row counts of the tables segmentation reads: when they change, the segments are stale. */
    static String fingerprint(Connection duck) throws SQLException {
        try (Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("select (select count(*) from person) || '/'"
                        + " || (select count(*) from condition) || '/' || (select count(*) from encounter)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static boolean exists(Connection duck, String table) throws SQLException {
        try (PreparedStatement s =
                duck.prepareStatement("select count(*) from information_schema.tables where table_name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }
}
