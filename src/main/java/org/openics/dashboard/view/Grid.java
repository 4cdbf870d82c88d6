package org.openics.dashboard.view;

import java.util.ArrayList;
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
 * Areas side by side: one row per headline indicator, one column per area (the parent first), each cell the
 * value with its rating against the ICS and a link to the indicator for that area.
 */
final class Grid {

    private Grid() {}

    /** Values of the indicators for every area of a level inside a parent (empty: the whole ICS), by area code then indicator id. */
    static Map<String, Map<String, IndicatorValue>> values(
            PopulationHealth health, List<Indicator> indicators, Level level, Optional<String> parent) {
        Map<String, Map<String, IndicatorValue>> byArea = new HashMap<>();
        for (Indicator indicator : indicators) {
            for (IndicatorValue v : health.values(indicator.id(), level, parent)) {
                byArea.computeIfAbsent(v.code(), k -> new HashMap<>()).put(indicator.id(), v);
            }
        }
        return byArea;
    }

    static DataTable table(
            String id,
            String caption,
            List<Indicator> indicators,
            Area parent,
            Map<String, IndicatorValue> parentValues,
            List<Area> areas,
            Map<String, Map<String, IndicatorValue>> values,
            RagRule rule,
            Filters filters) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("Indicator"), Column.number(parent.shortName()).linked(parent.href(filters))));
        areas.forEach(a -> columns.add(Column.number(a.shortName()).linked(a.href(filters))));
        List<List<Cell>> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.link(
                    indicator.title() + Overview.unitSuffix(indicator), filters.indicatorHref(indicator.id(), parent)));
            IndicatorValue own = parentValues.get(indicator.id());
            row.add(Figures.value(indicator, own)
                    .withRating(rule.rate(indicator, own))
                    .linked(filters.indicatorHref(indicator.id(), parent)));
            for (Area area : areas) {
                IndicatorValue v = values.getOrDefault(area.code(), Map.of()).get(indicator.id());
                row.add(Figures.value(indicator, v)
                        .withRating(rule.rate(indicator, v))
                        .linked(filters.indicatorHref(indicator.id(), area)));
            }
            rows.add(row);
        }
        return new DataTable(id, caption, columns, rows);
    }
}
