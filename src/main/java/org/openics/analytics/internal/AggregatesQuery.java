package org.openics.analytics.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Level;
import org.openics.analytics.indicators.Aggregates;

/**
 * The heavy aggregation, in DuckDB: {@code person_flags} (one row per person, analytics/person-flags.sql)
 * summed by GROUPING SETS over every unit of every level × every breakdown category × life-table age band,
 * into {@link Aggregates} for the statistics in Java.
 */
final class AggregatesQuery {

    static final List<String> UNIT_COLUMNS = List.of("ics", "place", "pcn", "practice", "lsoa");
    static final Map<Breakdown, String> BREAKDOWN_COLUMNS = Map.of(
            Breakdown.DEPRIVATION_QUINTILE,
            "imd_quintile",
            Breakdown.DEPRIVATION_DECILE,
            "imd_decile",
            Breakdown.ETHNICITY,
            "ethnic_group",
            Breakdown.AGE_BAND,
            "age_group",
            Breakdown.SEX,
            "sex");
    private static final List<Breakdown> BREAKDOWN_ORDER = List.of(
            Breakdown.DEPRIVATION_QUINTILE,
            Breakdown.DEPRIVATION_DECILE,
            Breakdown.ETHNICITY,
            Breakdown.AGE_BAND,
            Breakdown.SEX);
    /** Deciles within the area: only for the unit the column is ranked within (ICS, place). */
    private static final Map<String, String> LOCAL_DECILE_COLUMNS =
            Map.of("ics", "ics_imd_decile", "place", "place_imd_decile");

    private static final List<String> LOCAL_DECILE_ORDER = List.of("ics_imd_decile", "place_imd_decile");

    private AggregatesQuery() {}

    static String flagsSql(LocalDate reference) {
        LocalDate start = reference.minusYears(1).plusDays(1);
        try (InputStream in =
                AggregatesQuery.class.getClassLoader().getResourceAsStream("analytics/person-flags.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            sql = sql.replaceAll("(?m)^--.*$", "");
            return sql.replace("DATE 'REF'", "DATE '" + reference + "'")
                    .replace("DATE 'START'", "DATE '" + start + "'")
                    .replace("DATE 'Q2'", "DATE '" + start.plusMonths(3) + "'")
                    .replace("DATE 'Q3'", "DATE '" + start.plusMonths(6) + "'")
                    .replace("DATE 'Q4'", "DATE '" + start.plusMonths(9) + "'");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the person-level flags at the reference date, then aggregates them. */
    static Aggregates compute(Connection connection, LocalDate reference) throws SQLException {
        FactsStore.execute(connection, flagsSql(reference));
        List<String> measures = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("describe person_flags")) {
            boolean after = false;
            while (rs.next()) {
                String column = rs.getString(1);
                if (after) {
                    measures.add(column);
                }
                after |= column.equals("band");
            }
        }
        Aggregates result = new Aggregates(measures, FactsStore.count(connection, "select count(*) from person_flags"));
        aggregate(connection, result);
        parents(connection, result);
        return result;
    }

    private static void aggregate(Connection connection, Aggregates result) throws SQLException {
        List<String> groupingColumns = new ArrayList<>(UNIT_COLUMNS);
        BREAKDOWN_ORDER.forEach(b -> groupingColumns.add(BREAKDOWN_COLUMNS.get(b)));
        groupingColumns.addAll(LOCAL_DECILE_ORDER);
        List<String> sets = new ArrayList<>();
        for (String unit : UNIT_COLUMNS) {
            sets.add("(" + unit + ", band)");
            if (!unit.equals("lsoa")) {
                for (Breakdown b : BREAKDOWN_ORDER) {
                    sets.add("(" + unit + ", " + BREAKDOWN_COLUMNS.get(b) + ", band)");
                }
            }
            if (LOCAL_DECILE_COLUMNS.containsKey(unit)) {
                sets.add("(" + unit + ", " + LOCAL_DECILE_COLUMNS.get(unit) + ", band)");
            }
        }
        StringBuilder sql = new StringBuilder("select grouping(" + String.join(", ", groupingColumns) + ") as g, "
                + String.join(
                        ", ",
                        groupingColumns.stream()
                                .map(c -> "cast(" + c + " as varchar)")
                                .toList()) + ", band");
        result.measures.forEach(m -> sql.append(", coalesce(sum(").append(m).append("), 0)::double"));
        sql.append(" from person_flags group by grouping sets (")
                .append(String.join(", ", sets))
                .append(")");
        int columns = groupingColumns.size();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql.toString())) {
            while (rs.next()) {
                int g = rs.getInt(1);
                Level level = null;
                String code = null;
                Breakdown breakdown = Breakdown.TOTAL;
                String category = "Total";
                for (int i = 0; i < columns; i++) {
                    boolean inSet = (g & (1 << (columns - 1 - i))) == 0;
                    if (!inSet) {
                        continue;
                    }
                    String value = rs.getString(2 + i);
                    if (i < UNIT_COLUMNS.size()) {
                        level = Level.values()[i];
                        code = value;
                    } else {
                        int b = i - UNIT_COLUMNS.size();
                        breakdown = b < BREAKDOWN_ORDER.size()
                                ? BREAKDOWN_ORDER.get(b)
                                : Breakdown.LOCAL_DEPRIVATION_DECILE;
                        category = value;
                    }
                }
                if (code == null || category == null) {
                    continue;
                }
                int band = bandIndex(rs.getInt(2 + columns));
                Aggregates.Cell cell = result.cell(new Aggregates.Key(level, code, breakdown, category));
                for (int m = 0; m < result.measures.size(); m++) {
                    cell.sums[m][band] += rs.getDouble(3 + columns + m);
                }
            }
        }
    }

    private static int bandIndex(int startAge) {
        for (int i = 0; i < Aggregates.BANDS.length; i++) {
            if (Aggregates.BANDS[i] == startAge) {
                return i;
            }
        }
        throw new IllegalStateException("unknown band " + startAge);
    }

    private static void parents(Connection connection, Aggregates result) throws SQLException {
        parent(connection, result, Level.PRACTICE, "practice", Level.PCN, "pcn");
        parent(connection, result, Level.PCN, "pcn", Level.PLACE, "place");
        parent(connection, result, Level.PLACE, "place", Level.ICS, "ics");
        parent(connection, result, Level.LSOA, "lsoa", Level.PLACE, "place");
    }

    private static void parent(
            Connection connection,
            Aggregates result,
            Level level,
            String column,
            Level parentLevel,
            String parentColumn)
            throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs =
                        s.executeQuery("select " + column + ", mode(" + parentColumn + ") from person_flags where "
                                + column + " is not null and " + parentColumn + " is not null group by " + column)) {
            while (rs.next()) {
                result.parent(level, rs.getString(1), rs.getString(2));
            }
        }
    }
}
