package org.openics.dashboard.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.dashboard.rag.RagRule;

/**
 * The dashboard of one place, PCN or practice: every indicator (headline first) with value, interval,
 * trend and rating against the ICS and its parent; then the areas one level down on the headline
 * indicators.
 */
public record AreaDashboard(Area area, Filters filters, DataTable indicators, DataTable children, String ragRule) {

    /** "Place", "PCN", "Practice". */
    public String kind() {
        return capitalised(Area.noun(area.level()));
    }

    public boolean hasData() {
        return !indicators.rows().isEmpty();
    }

    public static AreaDashboard build(PopulationHealth health, Area area, List<Area> children, Filters filters) {
        RagRule rule = new RagRule(filters.confidence(), "ICS");
        List<Indicator> catalogue = health.catalogue().stream()
                .sorted(Comparator.comparing((Indicator i) -> !i.headline()))
                .toList();
        Area parent = area.parent();
        boolean parentIsIcs = parent == null || parent.level() == Level.ICS;
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("Indicator"),
                Column.text("Period"),
                Column.number("Value"),
                Column.number(filters.confidence().label() + " confidence interval"),
                Column.picture("Trend"),
                Column.text("Compared with the ICS")));
        if (!parentIsIcs) {
            columns.add(Column.text("Compared with " + parent.name()));
        }
        List<List<Cell>> rows = new ArrayList<>();
        Map<String, IndicatorValue> own = new HashMap<>();
        for (Indicator indicator : catalogue) {
            Optional<IndicatorValue> value = health.value(indicator.id(), area.level(), area.code());
            if (value.isEmpty()) {
                continue;
            }
            IndicatorValue v = value.get();
            own.put(indicator.id(), v);
            List<Cell> row = new ArrayList<>();
            row.add(Cell.link(
                    indicator.title() + Overview.unitSuffix(indicator), filters.indicatorHref(indicator.id(), area)));
            row.add(Cell.figure(Dates.nhs(v.period()), v.period()));
            row.add(Figures.value(indicator, v));
            row.add(Figures.interval(indicator, v, filters.confidence()));
            row.add(Cell.picture(Overview.sparkline(
                    "spark-" + indicator.id(), indicator, health.trend(indicator.id(), area.level(), area.code()))));
            row.add(Cell.rating(rule.rate(indicator, v)));
            if (!parentIsIcs) {
                row.add(Cell.of(
                        v.suppressed()
                                ? "Suppressed"
                                : Words.comparison(filters.confidence().vsParent(v))));
            }
            rows.add(row);
        }
        DataTable indicators = new DataTable(
                "indicators",
                "Indicators for " + area.name() + " (" + filters.confidence().label() + " confidence)",
                columns,
                rows);
        return new AreaDashboard(
                area,
                filters,
                indicators,
                childTable(
                        health,
                        area,
                        children,
                        filters,
                        rule,
                        catalogue.stream().filter(Indicator::headline).toList(),
                        own),
                rule.statement());
    }

    private static DataTable childTable(
            PopulationHealth health,
            Area area,
            List<Area> children,
            Filters filters,
            RagRule rule,
            List<Indicator> headline,
            Map<String, IndicatorValue> own) {
        Level below = Area.below(area.level());
        if (below == null || children.isEmpty()) {
            return null;
        }
        Map<String, Map<String, IndicatorValue>> byChild =
                Grid.values(health, headline, below, Optional.of(area.code()));
        return Grid.table(
                "children",
                capitalised(Area.noun(below)) + "s of " + area.name()
                        + " on the headline indicators, rated against the ICS",
                headline,
                area,
                own,
                children,
                byChild,
                rule,
                filters);
    }

    static String capitalised(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
