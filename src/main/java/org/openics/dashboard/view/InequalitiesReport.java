package org.openics.dashboard.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openics.analytics.AttributableDeaths;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Inequality;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.dashboard.chart.Bar;
import org.openics.dashboard.chart.IntervalChart;
import org.openics.dashboard.rag.RagRule;

/**
 * Inequalities in one place: for every indicator the slope and relative indices of inequality (SII, RII)
 * with their 95% limits and the gap between the most and least deprived quintiles; for a chosen indicator
 * the deprivation gradient by decile and the ethnicity breakdown; and deaths attributable to deprivation
 * in every place.
 */
public record InequalitiesReport(
        Area area,
        Filters filters,
        Indicator selected,
        List<Choice> choices,
        DataTable indices,
        String gradientSvg,
        DataTable deciles,
        String ethnicitySvg,
        DataTable ethnicity,
        DataTable attributable) {

    /** An indicator a reader can pick for the gradient. */
    public record Choice(String id, String title, String href, boolean current) {}

    public static InequalitiesReport build(
            PopulationHealth health, Area area, List<Area> places, Optional<String> indicatorId, Filters filters) {
        List<Indicator> catalogue = health.catalogue();
        List<List<Cell>> rows = new ArrayList<>();
        List<Indicator> withInequality = new ArrayList<>();
        String base = "/dashboard/place/" + area.code() + "/inequalities";
        for (Indicator indicator : catalogue) {
            Optional<Inequality> inequality = health.inequality(indicator.id(), area.level(), area.code());
            if (inequality.isEmpty()) {
                continue;
            }
            withInequality.add(indicator);
            Inequality i = inequality.get();
            rows.add(List.of(
                    Cell.link(
                            indicator.title() + Overview.unitSuffix(indicator),
                            base + filters.query(java.util.Map.of("indicator", indicator.id()))),
                    figure(indicator, i.sii()),
                    limits(indicator, i.siiLower95(), i.siiUpper95()),
                    ratio(i.rii()),
                    ratioLimits(i.riiLower95(), i.riiUpper95()),
                    figure(indicator, i.gapMostVsLeastDeprivedQuintile())));
        }
        DataTable indices = new DataTable(
                "indices",
                "Inequality in " + area.name() + " across deprivation deciles",
                List.of(
                        Column.text("Indicator"),
                        Column.number("Slope index of inequality (SII)"),
                        Column.number("SII 95% limits"),
                        Column.number("Relative index of inequality (RII)"),
                        Column.number("RII 95% limits"),
                        Column.number("Gap, most minus least deprived quintile")),
                rows);
        Indicator selected = indicatorId
                .flatMap(id ->
                        withInequality.stream().filter(i -> i.id().equals(id)).findFirst())
                .or(() -> withInequality.stream().filter(Indicator::headline).findFirst())
                .or(() -> withInequality.stream().findFirst())
                .orElse(null);
        List<Choice> choices = withInequality.stream()
                .map(i -> new Choice(
                        i.id(), i.title(), base + filters.query(java.util.Map.of("indicator", i.id())), i == selected))
                .toList();
        RagRule rule = new RagRule(filters.confidence(), "ICS");
        String gradientSvg = null;
        DataTable deciles = null;
        String ethnicitySvg = null;
        DataTable ethnicity = null;
        if (selected != null) {
            Inequality inequality =
                    health.inequality(selected.id(), area.level(), area.code()).orElseThrow();
            Chart gradient = chart(
                    selected,
                    inequality.deciles(),
                    "deciles",
                    "chart-gradient",
                    selected.title() + " in " + area.name() + " by deprivation decile (1 = most deprived)",
                    "decile",
                    filters,
                    rule);
            gradientSvg = gradient.svg();
            deciles = gradient.table();
            Chart byEthnicity = chart(
                    selected,
                    health.breakdown(selected.id(), area.level(), area.code(), Breakdown.ETHNICITY),
                    "ethnicity",
                    "chart-ethnicity",
                    selected.title() + " in " + area.name() + " by ethnic group",
                    "ethnic group",
                    filters,
                    rule);
            ethnicitySvg = byEthnicity.svg();
            ethnicity = byEthnicity.table();
        }
        return new InequalitiesReport(
                area,
                filters,
                selected,
                choices,
                indices,
                gradientSvg,
                deciles,
                ethnicitySvg,
                ethnicity,
                attributable(health, area, places));
    }

    private record Chart(String svg, DataTable table) {}

    private static Chart chart(
            Indicator indicator,
            List<IndicatorValue> values,
            String tableId,
            String chartId,
            String title,
            String per,
            Filters filters,
            RagRule rule) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (IndicatorValue v : values) {
            var rating = rule.rate(indicator, v);
            rows.add(IndicatorReport.valueRow(indicator, v, v.category(), filters.confidence(), rating, null));
            bars.add(IndicatorReport.bar(v.category(), v, filters.confidence(), rating.rag()));
        }
        DataTable table = new DataTable(
                tableId, title, IndicatorReport.valueColumns(filters.confidence(), capitalised(per), true), rows);
        String svg = bars.isEmpty()
                ? null
                : IntervalChart.svg(
                        chartId,
                        title,
                        "Bar chart with " + filters.confidence().label() + " confidence intervals, one bar per " + per
                                + "; the values are in the table below.",
                        bars,
                        IntervalChart.Style.BARS,
                        null,
                        null,
                        Figures.unit(indicator));
        return new Chart(svg, table);
    }

    private static DataTable attributable(PopulationHealth health, Area area, List<Area> places) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Area> areas = new ArrayList<>(places);
        area.ancestors().stream()
                .filter(a -> a.level() == Level.ICS)
                .findFirst()
                .ifPresent(areas::add);
        for (Area each : areas) {
            Optional<AttributableDeaths> deaths = health.attributableDeaths(each.level(), each.code());
            if (deaths.isEmpty()) {
                continue;
            }
            AttributableDeaths d = deaths.get();
            String name = each.code().equals(area.code()) ? each.name() + " (this place)" : each.name();
            rows.add(List.of(
                    each.level() == Level.PLACE
                            ? Cell.link(name, "/dashboard/place/" + each.code() + "/inequalities")
                            : Cell.of(name),
                    Cell.figure(String.format(Locale.UK, "%,d", d.observed()), Long.toString(d.observed())),
                    Cell.figure(
                            String.format(Locale.UK, "%,.1f", d.expected()),
                            String.format(Locale.ROOT, "%.1f", d.expected())),
                    Cell.figure(
                            String.format(Locale.UK, "%,.1f", d.attributable()),
                            String.format(Locale.ROOT, "%.1f", d.attributable())),
                    Cell.figure(
                            String.format(Locale.UK, "%.1f%%", 100 * d.share()),
                            String.format(Locale.ROOT, "%.1f", 100 * d.share()))));
        }
        return new DataTable(
                "attributable",
                "Premature deaths attributable to deprivation, by place",
                List.of(
                        Column.text("Area"),
                        Column.number("Observed deaths"),
                        Column.number("Expected at least-deprived rates"),
                        Column.number("Attributable to deprivation"),
                        Column.number("Share of deaths (%)")),
                rows);
    }

    private static Cell figure(Indicator indicator, Double value) {
        return Cell.figure(Figures.shown(indicator, value), Figures.csv(indicator, value));
    }

    private static Cell limits(Indicator indicator, Double lower, Double upper) {
        if (lower == null || upper == null) {
            return Cell.figure("–", "");
        }
        return Cell.figure(
                Figures.shown(indicator, lower) + " to " + Figures.shown(indicator, upper),
                Figures.csv(indicator, lower) + " to " + Figures.csv(indicator, upper));
    }

    private static Cell ratio(Double value) {
        return value == null
                ? Cell.figure("–", "")
                : Cell.figure(String.format(Locale.UK, "%.2f", value), String.format(Locale.ROOT, "%.2f", value));
    }

    private static Cell ratioLimits(Double lower, Double upper) {
        if (lower == null || upper == null) {
            return Cell.figure("–", "");
        }
        String text = String.format(Locale.ROOT, "%.2f to %.2f", lower, upper);
        return Cell.figure(text, text);
    }

    private static String capitalised(String text) {
        return AreaDashboard.capitalised(text);
    }
}
