package org.openics.analytics.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Level;

/**
 * The sums the indicators are computed from: every unit of every level × every breakdown category × life-table age
 * band, with each unit's parent. Filled by the DuckDB aggregation ({@code internal.AggregatesQuery}); small
 * (units × categories × 20 bands).
 */
public final class Aggregates {

    /** The 20 life-table bands by start age; DSR bands merge the first two into 0-4. */
    public static final int[] BANDS = {0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90};

    /** One group: a unit at a level, in one breakdown category. */
    public record Key(Level level, String code, Breakdown breakdown, String category) {

        Key total() {
            return new Key(level, code, Breakdown.TOTAL, "Total");
        }

        Key at(Level otherLevel, String otherCode) {
            return new Key(otherLevel, otherCode, breakdown, category);
        }
    }

    /** Sums of each measure by band. */
    public static final class Cell {
        public final double[][] sums;

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

    public final List<String> measures;
    final Map<String, Integer> measureIndex = new HashMap<>();
    final Map<Key, Cell> cells = new LinkedHashMap<>();
    /** The parent unit of each unit (practice → PCN → place → ICS; LSOA → place), by level and code. */
    final Map<Level, Map<String, String>> parents = new HashMap<>();

    public final long persons;

    public Aggregates(List<String> measures, long persons) {
        this.measures = measures;
        for (int i = 0; i < measures.size(); i++) {
            measureIndex.put(measures.get(i), i);
        }
        this.persons = persons;
    }

    /** The cell of a group, made empty the first time. */
    public Cell cell(Key key) {
        return cells.computeIfAbsent(key, k -> new Cell(measures.size()));
    }

    /** Records a unit's parent unit. */
    public void parent(Level level, String code, String parentCode) {
        parents.computeIfAbsent(level, l -> new HashMap<>()).put(code, parentCode);
    }

    int measure(String name) {
        Integer index = measureIndex.get(name);
        if (index == null) {
            throw new IllegalStateException(
                    "the catalogue refers to a measure that person-flags.sql does not compute: " + name);
        }
        return index;
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
