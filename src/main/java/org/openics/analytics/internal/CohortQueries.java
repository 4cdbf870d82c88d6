package org.openics.analytics.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openics.analytics.cohorts.CohortBreakdown;
import org.openics.analytics.cohorts.CohortCount;
import org.openics.analytics.cohorts.CohortDefinition;
import org.openics.analytics.cohorts.SmallNumbers;
import org.openics.analytics.cohorts.SuppressedCount;
import org.openics.analytics.segmentation.Segment;

/** Runs compiled cohorts on a DuckDB connection to the facts store. */
final class CohortQueries {

    private static final Map<CohortBreakdown, String> COLUMNS = new EnumMap<>(Map.of(
            CohortBreakdown.PLACE,
            "place",
            CohortBreakdown.DEPRIVATION_QUINTILE,
            "imd_quintile",
            CohortBreakdown.ETHNIC_GROUP,
            "ethnic_group",
            CohortBreakdown.AGE_BAND,
            "age_band",
            CohortBreakdown.SEX,
            "sex",
            CohortBreakdown.SEGMENT,
            "segment"));

    private CohortQueries() {}

    /** Count and breakdowns in one query (the cohort materialised once), small numbers suppressed. */
    static CohortCount count(Connection duck, CohortDefinition definition, LocalDate asAt) throws SQLException {
        CohortSql.Compiled cohort = CohortSql.members(definition, asAt);
        StringBuilder sql = new StringBuilder("with cohort as materialized (")
                .append(cohort.sql())
                .append(")")
                .append(" select 'TOTAL' as dimension, null as category, count(*) from cohort")
                .append(
                        " union all select 'POPULATION', null, count(*) from person where death_date is null or death_date > ?");
        COLUMNS.forEach((breakdown, column) -> sql.append(" union all select '")
                .append(breakdown.name())
                .append("', coalesce(")
                .append(column)
                .append(", 'Unknown'), count(*) from cohort group by 2"));
        List<Object> parameters = new ArrayList<>(cohort.parameters());
        parameters.add(Date.valueOf(asAt));
        long total = 0;
        long population = 0;
        Map<CohortBreakdown, Map<String, Long>> raw = new EnumMap<>(CohortBreakdown.class);
        try (PreparedStatement statement = prepare(duck, sql.toString(), parameters);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String dimension = rs.getString(1);
                long n = rs.getLong(3);
                switch (dimension) {
                    case "TOTAL" -> total = n;
                    case "POPULATION" -> population = n;
                    default ->
                        raw.computeIfAbsent(
                                        CohortBreakdown.valueOf(dimension), d -> new TreeMap<>(CohortQueries::order))
                                .put(label(CohortBreakdown.valueOf(dimension), rs.getString(2)), n);
                }
            }
        }
        Map<CohortBreakdown, List<SuppressedCount>> breakdowns = new LinkedHashMap<>();
        for (CohortBreakdown breakdown : CohortBreakdown.values()) {
            breakdowns.put(breakdown, SmallNumbers.breakdown(raw.getOrDefault(breakdown, Map.of())));
        }
        List<String> notes = new ArrayList<>();
        SegmentationJob.computedAsAt(duck)
                .ifPresentOrElse(
                        segmented -> {
                            if (!segmented.equals(asAt)) {
                                notes.add("segments and scores were computed as at " + segmented
                                        + ", the cohort is as at " + asAt);
                            }
                        },
                        () -> notes.add(
                                "segments have not been computed yet: segment and score criteria match no one"));
        return new CohortCount(
                definition, asAt, SmallNumbers.one("Total", total), population, breakdowns, SmallNumbers.RULE, notes);
    }

    /** The pseudonyms of the cohort's members, in a stable order. */
    static List<String> pseudonyms(Connection duck, CohortDefinition definition, LocalDate asAt) throws SQLException {
        CohortSql.Compiled cohort = CohortSql.members(definition, asAt);
        List<String> result = new ArrayList<>();
        try (PreparedStatement statement = prepare(
                        duck, "select pseudonym from (" + cohort.sql() + ") order by pseudonym", cohort.parameters());
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    /** People per segment in each unit of a level ({@code place}, {@code pcn}, {@code practice}, or null for the ICS). */
    static Map<String, Map<Segment, Long>> segmentCounts(Connection duck, String column, String code)
            throws SQLException {
        String unit = column == null ? "'ICS'" : "coalesce(p." + column + ", 'Unknown')";
        String sql = "select " + unit
                + " as unit, s.segment, count(*) from segment s join person p on p.pseudonym = s.pseudonym"
                + (code == null || column == null ? "" : " where p." + column + " = ?")
                + " group by 1, 2 order by 1, 2";
        Map<String, Map<Segment, Long>> result = new TreeMap<>();
        try (PreparedStatement statement =
                        prepare(duck, sql, code == null || column == null ? List.of() : List.of(code));
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getString(1), u -> new EnumMap<>(Segment.class))
                        .put(Segment.valueOf(rs.getString(2)), rs.getLong(3));
            }
        }
        return result;
    }

    private static String label(CohortBreakdown breakdown, String category) {
        if (breakdown == CohortBreakdown.SEGMENT && !"Unknown".equals(category)) {
            return Segment.valueOf(category).label();
        }
        return category;
    }

    /** Categories in a natural order: numbers and age bands by their first number, "Unknown" last. */
    private static int order(String a, String b) {
        boolean unknownA = "Unknown".equals(a);
        boolean unknownB = "Unknown".equals(b);
        if (unknownA || unknownB) {
            return Boolean.compare(unknownA, unknownB);
        }
        Integer na = leadingNumber(a);
        Integer nb = leadingNumber(b);
        if (na != null && nb != null && !na.equals(nb)) {
            return na.compareTo(nb);
        }
        return a.compareTo(b);
    }

    private static Integer leadingNumber(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)").matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static PreparedStatement prepare(Connection duck, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = duck.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
