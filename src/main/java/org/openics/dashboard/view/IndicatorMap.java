package org.openics.dashboard.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.dashboard.chart.ChoroplethMap;
import org.openics.dashboard.rag.Rag;
import org.openics.dashboard.rag.RagRating;
import org.openics.dashboard.rag.RagRule;
import org.openics.geography.Boundary;

/**
 * An indicator's values on a map of the areas one level down (places of the ICS, LSOAs of a place) where
 * their boundaries have been imported, always with the table of every area beside it. Places are shaded by
 * their rating against the ICS (the page's rule) when the indicator has a better direction, otherwise, and for
 * LSOAs, by fifths of the values (quantile classes). An area whose boundary is missing stays in the table and
 * is counted in the note.
 *
 * @param svg           the map, or null when no area has a boundary
 * @param note          what the map leaves out and why, or null when every area is on it
 * @param unmatched     areas with a value but no boundary
 * @param importCommand the command that imports the missing boundaries (for administrators only), or null when none is missing
 * @param synthetic     the outlines drawn are synthetic (the demo's), not real boundaries
 */
public record IndicatorMap(
        String heading,
        Level level,
        String svg,
        DataTable table,
        String note,
        String shading,
        int areas,
        int unmatched,
        String importCommand,
        boolean synthetic) {

    /** What the map says of synthetic outlines, beside it. */
    public static final String SYNTHETIC_NOTE =
            "Synthetic outlines: the demo's areas are invented, so each is drawn as a cell around an"
                    + " invented centre. They show where areas lie relative to each other, not their real shapes or sizes.";

    static final String NO_VALUE = Rag.NONE.colour();
    private static final String[] FIFTHS = {"#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"};

    /**
     * @param boundaries the imported boundaries of the level (any area, matched by code)
     * @param href       the page of an area, or null when it has none
     */
    public static IndicatorMap build(
            Indicator indicator,
            Level level,
            String within,
            List<IndicatorValue> values,
            List<Boundary> boundaries,
            RagRule rule,
            Function<IndicatorValue, String> href) {
        String nouns = level == Level.PLACE ? "places" : "small areas (LSOAs)";
        String heading = (level == Level.PLACE ? "Places" : "Small areas (LSOAs)") + " in " + within + ": map";
        Map<String, Boundary> byCode = byCode(boundaries);
        List<IndicatorValue> sorted = values.stream()
                .sorted(Comparator.comparing(IndicatorValue::name, Comparator.nullsLast(String::compareTo)))
                .toList();

        Map<String, RagRating> ratings = new HashMap<>();
        sorted.forEach(v -> ratings.put(v.code(), rule.rate(indicator, v)));
        boolean byRating = level == Level.PLACE
                && ratings.values().stream().anyMatch(r -> r.rag().tagged());
        Classes classes = byRating
                ? null
                : Classes.quantiles(sorted.stream()
                        .filter(IndicatorMap::shown)
                        .map(IndicatorValue::value)
                        .toList());
        String[] classLabels = classes == null ? null : classes.labels(indicator);

        Map<String, ChoroplethMap.Key> legend = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<ChoroplethMap.Region> regions = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        int unmatched = 0;
        boolean synthetic = false;
        for (IndicatorValue v : sorted) {
            RagRating rating = ratings.get(v.code());
            String fill;
            String shade;
            if (!shown(v)) {
                fill = NO_VALUE;
                shade = "Suppressed or no value";
            } else if (byRating) {
                fill = rating.rag().colour();
                shade = rating.label();
            } else {
                int k = classes.of(v.value());
                fill = FIFTHS[classes.colourIndex(k)];
                shade = classLabels[k];
            }
            Boundary boundary = boundaryOf(byCode, v.code());
            List<Cell> row = IndicatorReport.valueRow(
                    indicator, v, v.name() == null ? v.code() : v.name(), rule.confidence(), rating, null);
            String link = href.apply(v);
            if (link != null) {
                row.set(0, Cell.link(row.get(0).text(), link));
            }
            row.add(1, Cell.of(v.code()));
            row.add(Cell.of(shade));
            row.add(Cell.of(boundary == null ? "No" : "Yes"));
            rows.add(row);
            if (boundary == null) {
                unmatched++;
                continue;
            }
            synthetic |= boundary.synthetic();
            legend.putIfAbsent(shade, new ChoroplethMap.Key(fill, shade, 0));
            counts.merge(shade, 1, Integer::sum);
            String tooltip = (v.name() == null ? v.code() : v.name()) + ": "
                    + (v.suppressed()
                            ? "suppressed (small numbers)"
                            : Figures.shown(indicator, v.value()) + Overview.unitSuffix(indicator))
                    + " — " + shade;
            String label =
                    level == Level.PLACE && v.name() != null ? v.name().replace(" Local Care Partnership", "") : null;
            regions.add(new ChoroplethMap.Region(v.code(), v.name(), boundary.shape(), fill, tooltip, link, label));
        }
        List<ChoroplethMap.Key> keys = legend.values().stream()
                .sorted(Comparator.comparing((ChoroplethMap.Key k) -> k.fill().equals(NO_VALUE))
                        .thenComparing(k -> order(k, classes)))
                .map(k -> new ChoroplethMap.Key(k.fill(), k.label(), counts.get(k.label())))
                .toList();

        String shading = byRating
                ? "Shaded by each place's rating against the ICS at "
                        + rule.confidence().label()
                        + " confidence (see how the rating is worked out, above); the name, value and rating are in each area's tooltip and in the table."
                : "Shaded by fifths of the values shown (quantile classes: each shade holds about the same number of areas); darker is higher"
                        + (indicator.polarity() == null
                                ? ""
                                : " (" + Words.polarity(indicator.polarity()).toLowerCase(Locale.ROOT) + ")")
                        + ".";
        String svg = regions.isEmpty()
                ? null
                : ChoroplethMap.svg(
                        "map-" + level.name().toLowerCase(Locale.ROOT),
                        indicator.title() + ": " + nouns + " in " + within,
                        "Map of " + regions.size() + " " + nouns + " shaded by "
                                + (byRating ? "their rating against the ICS" : "fifths of their values")
                                + "; each area's name, value and shade are in its tooltip and in the table below.",
                        regions,
                        keys);
        String note = note(nouns, sorted.size(), unmatched, boundaries.isEmpty());
        List<Column> columns = new ArrayList<>(
                IndicatorReport.valueColumns(rule.confidence(), level == Level.PLACE ? "Place" : "LSOA", false));
        columns.add(1, Column.text("Code"));
        if (svg != null) {
            columns.add(Column.text("Map shade"));
            columns.add(Column.text("On the map"));
        } else {
            // no map: the shade and "on the map" columns would say nothing
            rows.forEach(r -> r.subList(r.size() - 2, r.size()).clear());
        }
        DataTable table = new DataTable(
                "map",
                indicator.title() + ": " + nouns + " in " + within + " ("
                        + rule.confidence().label() + " confidence)",
                columns,
                rows);
        String command = unmatched == 0
                ? null
                : "./openics boundaries import FILE --level " + (level == Level.PLACE ? "place" : "lsoa");
        return new IndicatorMap(
                heading, level, svg, table, note, shading, sorted.size(), unmatched, command, synthetic);
    }

    static Map<String, Boundary> byCode(List<Boundary> boundaries) {
        Map<String, Boundary> byCode = new HashMap<>();
        boundaries.forEach(b -> byCode.put(b.code(), b));
        return byCode;
    }

    /** The boundary of an area: by its code, or for a place coded LCP-E09000022 by its local authority's code E09000022. */
    static Boundary boundaryOf(Map<String, Boundary> byCode, String code) {
        Boundary exact = byCode.get(code);
        if (exact != null || code == null || code.lastIndexOf('-') < 0) {
            return exact;
        }
        return byCode.get(code.substring(code.lastIndexOf('-') + 1));
    }

    private static String note(String nouns, int areas, int unmatched, boolean noneImported) {
        if (areas == 0) {
            return "No map: there are no values for " + nouns + ".";
        }
        if (noneImported) {
            return "No map: the boundaries of these " + nouns + " are not available. The table lists every area.";
        }
        if (unmatched == areas) {
            return "No map: none of the " + areas + " " + nouns
                    + " has an imported boundary. The table lists every area.";
        }
        if (unmatched > 0) {
            return unmatched + " of " + areas + " " + nouns
                    + " have no imported boundary and are not on the map; the table lists every area.";
        }
        return null;
    }

    private static boolean shown(IndicatorValue v) {
        return !v.suppressed() && v.value() != null && Double.isFinite(v.value());
    }

    private static int order(ChoroplethMap.Key key, Classes classes) {
        if (classes == null) {
            return Rag.palette().stream()
                    .filter(r -> r.colour().equals(key.fill()))
                    .findFirst()
                    .map(Enum::ordinal)
                    .orElse(99);
        }
        for (int i = 0; i < FIFTHS.length; i++) {
            if (FIFTHS[i].equals(key.fill())) {
                return i;
            }
        }
        return FIFTHS.length;
    }

    /** Quantile classes: up to five, each holding about the same number of values. */
    record Classes(double[] sorted, int count) {

        static Classes quantiles(List<Double> values) {
            double[] sorted =
                    values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            long distinct = java.util.Arrays.stream(sorted).distinct().count();
            return new Classes(sorted, (int) Math.max(1, Math.min(5, distinct)));
        }

        /** The class of a value, 0 (lowest) to count − 1: by its rank among the values. */
        int of(double value) {
            int below = 0;
            while (below < sorted.length && sorted[below] < value) {
                below++;
            }
            return Math.min(count - 1, (int) ((long) below * count / Math.max(1, sorted.length)));
        }

        /** Spread the classes over the five shades (three classes: lightest, middle, darkest). */
        int colourIndex(int k) {
            return count == 1 ? 2 : (int) Math.round(k * 4.0 / (count - 1));
        }

        /** Each class's words with the range of the values in it, e.g. "Lowest fifth: 2.1 to 4.0". */
        String[] labels(Indicator indicator) {
            double[] lo = new double[count];
            double[] hi = new double[count];
            java.util.Arrays.fill(lo, Double.NaN);
            for (double v : sorted) {
                int k = of(v);
                lo[k] = Double.isNaN(lo[k]) ? v : Math.min(lo[k], v);
                hi[k] = Double.isNaN(hi[k]) ? v : Math.max(hi[k], v);
            }
            String[] labels = new String[count];
            for (int k = 0; k < count; k++) {
                String range = Double.isNaN(lo[k])
                        ? ""
                        : ": " + Figures.shown(indicator, lo[k]) + " to " + Figures.shown(indicator, hi[k]);
                labels[k] = (count == 5
                                ? new String[] {
                                            "Lowest fifth",
                                            "Second fifth",
                                            "Middle fifth",
                                            "Fourth fifth",
                                            "Highest fifth"
                                        }
                                        [k]
                                : "Class " + (k + 1) + " of " + count)
                        + range;
            }
            return labels;
        }
    }
}
