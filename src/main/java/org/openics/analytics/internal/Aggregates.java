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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Level;

/**
 * The heavy aggregation, in DuckDB: {@code person_flags} (one row per person, analytics/person-flags.sql)
 * summed by GROUPING SETS over every unit of every level × every breakdown category × life-table age band.
 * The result is small (units × categories × 20 bands) and goes to Java for the statistics.
 */
final class Aggregates {

    /** The 20 life-table bands by start age; DSR bands merge the first two into 0-4. */
    static final int[] BANDS = {0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90};

    static final List<String> UNIT_COLUMNS = List.of("ics", "place", "pcn", "practice", "lsoa");
    static final Map<Breakdown, String> BREAKDOWN_COLUMNS = Map.of(Breakdown.DEPRIVATION_QUINTILE, "imd_quintile",
            Breakdown.DEPRIVATION_DECILE, "imd_decile", Breakdown.ETHNICITY, "ethnic_group", Breakdown.AGE_BAND, "age_group",
            Breakdown.SEX, "sex");
    private static final List<Breakdown> BREAKDOWN_ORDER = List.of(Breakdown.DEPRIVATION_QUINTILE, Breakdown.DEPRIVATION_DECILE,
            Breakdown.ETHNICITY, Breakdown.AGE_BAND, Breakdown.SEX);
    /** Deciles within the area: only for the unit the column is ranked within (ICS, place). */
    private static final Map<String, String> LOCAL_DECILE_COLUMNS = Map.of("ics", "ics_imd_decile", "place", "place_imd_decile");
    private static final List<String> LOCAL_DECILE_ORDER = List.of("ics_imd_decile", "place_imd_decile");

    /** One group: a unit at a level, in one breakdown category. */
    record Key(Level level, String code, Breakdown breakdown, String category) {

        Key total() {
            return new Key(level, code, Breakdown.TOTAL, "Total");
        }

        Key at(Level otherLevel, String otherCode) {
            return new Key(otherLevel, otherCode, breakdown, category);
        }
    }

    /** Sums of each measure by band. */
    static final class Cell {
        final double[][] sums;

        Cell(int measures) {
            sums = new double[measures][BANDS.length];
        }

        double total(int measure) {
            double total = 0;
            for (double v : sums[measure]) {
                total += v;
            }
            return total;
        }
    }

    final List<String> measures;
    final Map<String, Integer> measureIndex = new HashMap<>();
    final Map<Key, Cell> cells = new LinkedHashMap<>();
    /** The parent unit of each unit (practice → PCN → place → ICS; LSOA → place), by level and code. */
    final Map<Level, Map<String, String>> parents = new HashMap<>();
    final long persons;

    private Aggregates(List<String> measures, long persons) {
        this.measures = measures;
        for (int i = 0; i < measures.size(); i++) {
            measureIndex.put(measures.get(i), i);
        }
        this.persons = persons;
    }

    int measure(String name) {
        Integer index = measureIndex.get(name);
        if (index == null) {
            throw new IllegalStateException("the catalogue refers to a measure that person-flags.sql does not compute: " + name);
        }
        return index;
    }

    static String flagsSql(LocalDate reference) {
        LocalDate start = reference.minusYears(1).plusDays(1);
        try (InputStream in = Aggregates.class.getClassLoader().getResourceAsStream("analytics/person-flags.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            sql = sql.replaceAll("(?m)^--.*$", "");
            return sql.replace("DATE 'REF'", "DATE '" + reference + "'").replace("DATE 'START'", "DATE '" + start + "'")
                    .replace("DATE 'Q2'", "DATE '" + start.plusMonths(3) + "'").replace("DATE 'Q3'", "DATE '" + start.plusMonths(6) + "'")
                    .replace("DATE 'Q4'", "DATE '" + start.plusMonths(9) + "'");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the person-level flags at the reference date, then aggregates them. */
    static Aggregates compute(Connection connection, LocalDate reference) throws SQLException {
        FactsStore.execute(connection, flagsSql(reference));
        List<String> measures = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("describe person_flags")) {
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
        result.aggregate(connection);
        result.parents(connection);
        return result;
    }

    private void aggregate(Connection connection) throws SQLException {
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
                + String.join(", ", groupingColumns.stream().map(c -> "cast(" + c + " as varchar)").toList()) + ", band");
        measures.forEach(m -> sql.append(", coalesce(sum(").append(m).append("), 0)::double"));
        sql.append(" from person_flags group by grouping sets (").append(String.join(", ", sets)).append(")");
        int columns = groupingColumns.size();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
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
                        breakdown = b < BREAKDOWN_ORDER.size() ? BREAKDOWN_ORDER.get(b) : Breakdown.LOCAL_DEPRIVATION_DECILE;
                        category = value;
                    }
                }
                if (code == null || category == null) {
                    continue;
                }
                int band = bandIndex(rs.getInt(2 + columns));
                Cell cell = cells.computeIfAbsent(new Key(level, code, breakdown, category), k -> new Cell(measures.size()));
                for (int m = 0; m < measures.size(); m++) {
                    cell.sums[m][band] += rs.getDouble(3 + columns + m);
                }
            }
        }
    }

    private static int bandIndex(int startAge) {
        for (int i = 0; i < BANDS.length; i++) {
            if (BANDS[i] == startAge) {
                return i;
            }
        }
        throw new IllegalStateException("unknown band " + startAge);
    }

    private void parents(Connection connection) throws SQLException {
        parent(connection, Level.PRACTICE, "practice", Level.PCN, "pcn");
        parent(connection, Level.PCN, "pcn", Level.PLACE, "place");
        parent(connection, Level.PLACE, "place", Level.ICS, "ics");
        parent(connection, Level.LSOA, "lsoa", Level.PLACE, "place");
    }

    private void parent(Connection connection, Level level, String column, Level parentLevel, String parentColumn) throws SQLException {
        Map<String, String> map = parents.computeIfAbsent(level, l -> new HashMap<>());
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select " + column + ", mode(" + parentColumn
                + ") from person_flags where " + column + " is not null and " + parentColumn + " is not null group by " + column)) {
            while (rs.next()) {
                map.put(rs.getString(1), rs.getString(2));
            }
        }
    }

    static Level parentLevel(Level level) {
        return switch (level) {
            case ICS -> null;
            case PLACE -> Level.ICS;
            case PCN -> Level.PLACE;
            case PRACTICE -> Level.PCN;
            case LSOA -> Level.PLACE;
        };
    }

    String parentOf(Level level, String code) {
        return level == Level.ICS ? null : parents.getOrDefault(level, Map.of()).get(code);
    }

    private final Map<String, List<String>> ancestorCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The unit's ancestors up to its ICS, nearest first. */
    List<String> ancestors(Level level, String code) {
        return ancestorCache.computeIfAbsent(level + "|" + code, k -> walkUp(level, code));
    }

    private List<String> walkUp(Level level, String code) {
        List<String> result = new ArrayList<>();
        Level l = level;
        String c = code;
        while (l != Level.ICS && c != null) {
            c = parentOf(l, c);
            l = parentLevel(l);
            if (c != null) {
                result.add(c);
            }
        }
        return List.copyOf(result);
    }

    /** The ICS a unit lies in. */
    String icsOf(Level level, String code) {
        if (level == Level.ICS) {
            return code;
        }
        List<String> up = ancestors(level, code);
        return up.isEmpty() ? null : up.get(up.size() - 1);
    }
}
