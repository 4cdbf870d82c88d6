package org.openics.dashboard.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.dashboard.chart.Bar;
import org.openics.dashboard.chart.Funnel;
import org.openics.dashboard.chart.Funnel.FunnelPoint;
import org.openics.dashboard.chart.FunnelChart;
import org.openics.dashboard.chart.IntervalChart;
import org.openics.dashboard.chart.TrendChart;
import org.openics.dashboard.rag.Rag;
import org.openics.dashboard.rag.RagRating;
import org.openics.dashboard.rag.RagRule;
import org.openics.geography.Boundaries;
import org.openics.geography.BoundaryLevel;

/**
 * One indicator for one area: definition and method, the value with its interval and rating, the trend,
 * a breakdown (deprivation, ethnicity, age or sex), and the practices within the area on a funnel plot and a
 * caterpillar chart, with outliers named. Every chart has a data table, and every table a CSV download.
 */
public record IndicatorReport(
        Indicator indicator,
        Area area,
        Filters filters,
        IndicatorValue selected,
        RagRating rating,
        String ragRule,
        String method,
        DataTable summary,
        String trendSvg,
        DataTable trend,
        List<Tab> tabs,
        String breakdownSvg,
        DataTable breakdown,
        Level unitLevel,
        Area unitsWithin,
        String funnelSvg,
        String funnelNote,
        List<Outlier> outliers,
        String caterpillarSvg,
        DataTable units,
        IndicatorValue benchmark,
        IndicatorMap map) {

    /** The breakdowns a reader can switch between. */
    public static final List<Breakdown> BREAKDOWNS = List.of(
            Breakdown.DEPRIVATION_QUINTILE,
            Breakdown.DEPRIVATION_DECILE,
            Breakdown.ETHNICITY,
            Breakdown.AGE_BAND,
            Breakdown.SEX);

    /** One breakdown tab. */
    public record Tab(Breakdown by, String label, String href, boolean current) {}

    /** An area outside the funnel's limits. */
    public record Outlier(String code, String name, String value, String verdict, String href) {}

    public List<DataTable> tables() {
        return map == null
                ? List.of(summary, trend, breakdown, units)
                : List.of(summary, trend, breakdown, units, map.table());
    }

    public Optional<DataTable> table(String id) {
        return tables().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The periods of the trend, oldest first: the choices of the period filter. */
    public List<String> periods() {
        // the period as analytics labels it (the page shows it in the NHS style; the address and the CSV keep this)
        return trend.rows().stream().map(row -> row.get(0).csv()).toList();
    }

    /** What the chosen period applies to, in a sentence (the analytics keep comparisons for the latest period only). */
    public String periodScope() {
        List<String> periods = periods();
        String latest =
                periods.isEmpty() ? selected == null ? null : selected.period() : periods.get(periods.size() - 1);
        if (latest == null) {
            return null;
        }
        Optional<String> chosen = filters.period();
        if (chosen.isPresent() && !periods.contains(chosen.get())) {
            return "There is no value for the period " + Dates.nhs(chosen.get())
                    + " here; the page shows the latest period, " + Dates.nhs(latest) + ".";
        }
        if (chosen.isEmpty() || chosen.get().equals(latest)) {
            return "Every figure on this page is for the latest period, " + Dates.nhs(latest)
                    + ", except the trend, which shows every period.";
        }
        return "Period " + Dates.nhs(chosen.get()) + ": the value, interval and rating at the top are for "
                + Dates.nhs(chosen.get())
                + " and the trend shows every period. The map, breakdowns and practice comparisons are for the latest period, "
                + Dates.nhs(latest)
                + ": the analytics keep comparisons and breakdowns for the latest period only.";
    }

    public String polarityText() {
        return Words.polarity(indicator.polarity());
    }

    public String benchmarkText() {
        return benchmark == null
                ? "–"
                : benchmark.suppressed() ? Figures.SUPPRESSED : Figures.shown(indicator, benchmark.value());
    }

    public String valueLabel() {
        return indicator.title() + Overview.unitSuffix(indicator);
    }

    /**
     * @param unitsWithin the area whose practices are compared (the area itself, or a practice's PCN)
     */
    public static IndicatorReport build(
            PopulationHealth health,
            Indicator indicator,
            Area area,
            Area unitsWithin,
            Filters filters,
            Boundaries boundaries) {
        ConfidenceLevel confidence = filters.confidence();
        RagRule rule = new RagRule(confidence, "ICS");
        IndicatorValue benchmark = health.values(indicator.id(), Level.ICS, Optional.empty()).stream()
                .findFirst()
                .orElse(null);
        List<IndicatorValue> trendValues = health.trend(indicator.id(), area.level(), area.code());
        IndicatorValue selected = filters.period()
                .flatMap(p ->
                        trendValues.stream().filter(v -> p.equals(v.period())).findFirst())
                .or(() -> health.value(indicator.id(), area.level(), area.code()))
                .orElse(null);
        RagRating rating = rule.rate(indicator, selected);

        DataTable summary = new DataTable(
                "summary",
                indicator.title() + " for " + area.name(),
                valueColumns(confidence, "Area", true),
                selected == null
                        ? List.of()
                        : List.of(valueRow(indicator, selected, area.name(), confidence, rating, null)));

        List<List<Cell>> trendRows = new ArrayList<>();
        List<Bar> trendBars = new ArrayList<>();
        for (IndicatorValue v : trendValues) {
            RagRating r = rule.rate(indicator, v);
            List<Cell> row = valueRow(indicator, v, v.period(), confidence, r, null);
            row.set(0, Cell.figure(Dates.nhs(v.period()), v.period()));
            trendRows.add(row);
            trendBars.add(bar(Dates.axis(v.period()), v, confidence, r.rag()));
        }
        DataTable trend = new DataTable(
                "trend",
                "Trend of " + indicator.title() + " in " + area.name(),
                valueColumns(confidence, "Period", true),
                trendRows);
        String trendSvg = !TrendChart.drawable(trendBars)
                ? null
                : TrendChart.svg(
                        "chart-trend",
                        "Trend of " + indicator.title() + " in " + area.name(),
                        "Line chart of " + indicator.title() + " by period with the " + confidence.label()
                                + " confidence interval shaded; the values are in the table below.",
                        trendBars,
                        indicator.target().orElse(null),
                        Figures.unit(indicator));

        List<Tab> tabs = BREAKDOWNS.stream()
                .map(by -> new Tab(
                        by,
                        Words.breakdown(by),
                        "/indicators/" + indicator.id() + filters.with(by).query(Filters.areaParameters(area)),
                        by == filters.by()))
                .toList();
        List<IndicatorValue> categories = health.breakdown(indicator.id(), area.level(), area.code(), filters.by());
        List<List<Cell>> breakdownRows = new ArrayList<>();
        List<Bar> breakdownBars = new ArrayList<>();
        for (IndicatorValue v : categories) {
            RagRating r = rule.rate(indicator, v);
            breakdownRows.add(valueRow(indicator, v, v.category(), confidence, r, null));
            breakdownBars.add(bar(v.category(), v, confidence, r.rag()));
        }
        String byWords = Words.breakdown(filters.by()).toLowerCase(java.util.Locale.ROOT);
        DataTable breakdown = new DataTable(
                "breakdown",
                indicator.title() + " in " + area.name() + " by " + byWords,
                valueColumns(confidence, Words.breakdown(filters.by()), true),
                breakdownRows);
        String breakdownSvg = breakdownBars.isEmpty()
                ? null
                : IntervalChart.svg(
                        "chart-breakdown",
                        indicator.title() + " in " + area.name() + " by " + byWords,
                        "Bar chart with " + confidence.label() + " confidence intervals, one bar per " + byWords
                                + "; the dashed line is the ICS value. The values are in the table below.",
                        breakdownBars,
                        IntervalChart.Style.BARS,
                        benchmark == null || benchmark.suppressed() ? null : benchmark.value(),
                        "ICS " + Figures.shown(indicator, benchmark == null ? null : benchmark.value()),
                        Figures.unit(indicator));

        IndicatorMap map = map(health, indicator, area, filters, rule, boundaries);
        return withUnits(
                health,
                indicator,
                area,
                unitsWithin,
                filters,
                rule,
                benchmark,
                selected,
                rating,
                summary,
                trendSvg,
                trend,
                tabs,
                breakdownSvg,
                breakdown,
                map);
    }

    /** The ICS's places, or a place's LSOAs, on a map where boundaries have been imported; null for a PCN or practice. */
    private static IndicatorMap map(
            PopulationHealth health,
            Indicator indicator,
            Area area,
            Filters filters,
            RagRule rule,
            Boundaries boundaries) {
        if (area.level() == Level.ICS) {
            return IndicatorMap.build(
                    indicator,
                    Level.PLACE,
                    "the ICS",
                    health.values(indicator.id(), Level.PLACE, Optional.empty()),
                    boundaries.boundaries(BoundaryLevel.PLACE),
                    rule,
                    v -> filters.indicatorHref(indicator.id(), area.child(Level.PLACE, v.code(), v.name())));
        }
        if (area.level() == Level.PLACE) {
            return IndicatorMap.build(
                    indicator,
                    Level.LSOA,
                    area.name(),
                    health.values(indicator.id(), Level.LSOA, Optional.of(area.code())),
                    boundaries.boundaries(BoundaryLevel.LSOA),
                    rule,
                    v -> null);
        }
        return null;
    }

    private static IndicatorReport withUnits(
            PopulationHealth health,
            Indicator indicator,
            Area area,
            Area unitsWithin,
            Filters filters,
            RagRule rule,
            IndicatorValue benchmark,
            IndicatorValue selected,
            RagRating rating,
            DataTable summary,
            String trendSvg,
            DataTable trend,
            List<Tab> tabs,
            String breakdownSvg,
            DataTable breakdown,
            IndicatorMap map) {
        ConfidenceLevel confidence = filters.confidence();
        Level unitLevel = Level.PRACTICE;
        List<IndicatorValue> unitValues = new ArrayList<>(health.values(
                indicator.id(),
                unitLevel,
                unitsWithin.level() == Level.ICS ? Optional.empty() : Optional.of(unitsWithin.code())));
        Optional<Funnel> funnel = benchmark == null || benchmark.suppressed() || benchmark.value() == null
                ? Optional.empty()
                : Funnel.of(
                        indicator.statistic(),
                        indicator.polarity(),
                        indicator.multiplier(),
                        benchmark.value(),
                        unitValues.stream()
                                .filter(v -> !v.suppressed()
                                        && v.value() != null
                                        && v.numerator() != null
                                        && v.denominator() != null)
                                .map(v ->
                                        new Funnel.Area(v.code(), v.name(), v.numerator(), v.denominator(), v.value()))
                                .toList());
        java.util.Map<String, FunnelPoint> onFunnel = new java.util.HashMap<>();
        funnel.ifPresent(f -> f.points().forEach(p -> onFunnel.put(p.code(), p)));
        String within = unitsWithin.level() == Level.ICS ? "the ICS" : unitsWithin.name();
        String funnelSvg = funnel.map(f -> FunnelChart.svg(
                        "chart-funnel",
                        "Funnel plot of " + indicator.title() + ": practices in " + within,
                        "Each practice's value against its " + (f.xLabel().toLowerCase(java.util.Locale.ROOT))
                                + ", with the ICS value as a line and"
                                + " 95% and 99.8% control limits. "
                                + f.outliers().size() + " practices lie outside the 95% limits; they are named in"
                                + " the list below and every practice is in the table.",
                        f,
                        indicator.title() + Overview.unitSuffix(indicator)))
                .orElse(null);
        String funnelNote = funnel.isPresent()
                ? null
                : Funnel.supports(indicator.statistic())
                        ? "No funnel plot: there is no ICS value or no practice with a count to plot."
                        : "No funnel plot: funnel limits apply to proportions, rates and ratios, not to a "
                                + Words.statistic(indicator.statistic()).toLowerCase(java.util.Locale.ROOT)
                                + ". The caterpillar chart below compares the practices' intervals.";
        List<Outlier> outliers = funnel.map(f -> f.outliers().stream()
                        .map(p -> new Outlier(
                                p.code(),
                                p.name(),
                                Figures.shown(indicator, p.value()),
                                p.verdict(indicator.polarity()),
                                filters.indicatorHref(
                                        indicator.id(), unitsWithin.child(Level.PRACTICE, p.code(), p.name()))))
                        .toList())
                .orElse(List.of());

        unitValues.sort(Comparator.comparing((IndicatorValue v) -> v.suppressed() || v.value() == null)
                .thenComparing(v -> v.value() == null ? 0 : -v.value()));
        List<List<Cell>> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (IndicatorValue v : unitValues) {
            RagRating r = rule.rate(indicator, v);
            FunnelPoint point = onFunnel.get(v.code());
            Area unit = unitsWithin.child(Level.PRACTICE, v.code(), v.name());
            List<Cell> row = valueRow(
                    indicator,
                    v,
                    v.name(),
                    confidence,
                    r,
                    point == null ? (funnel.isPresent() ? "Not plotted" : "–") : point.verdict(indicator.polarity()));
            row.set(0, Cell.link(v.name(), unit.href(filters)));
            row.add(1, Cell.of(v.code()));
            rows.add(row);
            if (!v.suppressed()) {
                bars.add(bar(v.name(), v, confidence, r.rag()));
            }
        }
        List<Column> columns = new ArrayList<>(valueColumns(confidence, "Practice", false));
        columns.add(1, Column.text("Code"));
        columns.add(Column.text("Funnel plot"));
        DataTable units = new DataTable(
                "units",
                indicator.title() + ": practices in " + within + " (" + confidence.label() + " confidence)",
                columns,
                rows);
        String caterpillarSvg = bars.isEmpty()
                ? null
                : IntervalChart.svg(
                        "chart-caterpillar",
                        "Caterpillar chart of " + indicator.title() + ": practices in " + within,
                        "Each practice's value as a dot with its " + confidence.label()
                                + " confidence interval, highest first; the dashed line is"
                                + " the ICS value. Suppressed practices are left out of the chart; every practice is in the table below.",
                        bars,
                        IntervalChart.Style.DOTS,
                        benchmark == null || benchmark.suppressed() ? null : benchmark.value(),
                        "ICS " + Figures.shown(indicator, benchmark == null ? null : benchmark.value()),
                        Figures.unit(indicator));
        return new IndicatorReport(
                indicator,
                area,
                filters,
                selected,
                rating,
                rule.statement(),
                Words.method(indicator.statistic()),
                summary,
                trendSvg,
                trend,
                tabs,
                breakdownSvg,
                breakdown,
                unitLevel,
                unitsWithin,
                funnelSvg,
                funnelNote,
                outliers,
                caterpillarSvg,
                units,
                benchmark,
                map);
    }

    static List<Column> valueColumns(ConfidenceLevel confidence, String first, boolean rating) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text(first),
                Column.number("Numerator"),
                Column.number("Denominator"),
                Column.number("Value"),
                Column.number("Lower " + confidence.label() + " limit"),
                Column.number("Upper " + confidence.label() + " limit")));
        columns.add(Column.text(rating ? "Rating" : "Compared with the ICS"));
        return columns;
    }

    static List<Cell> valueRow(
            Indicator indicator,
            IndicatorValue v,
            String first,
            ConfidenceLevel confidence,
            RagRating rating,
            String extra) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.of(first));
        row.add(Figures.count(v, v.numerator()));
        row.add(Figures.count(v, v.denominator()));
        row.add(Figures.value(indicator, v));
        boolean limits = !v.suppressed() && confidence.lower(v) != null;
        row.add(
                limits
                        ? Cell.figure(
                                Figures.shown(indicator, confidence.lower(v)),
                                Figures.csv(indicator, confidence.lower(v)))
                        : Cell.figure("–", ""));
        row.add(
                limits
                        ? Cell.figure(
                                Figures.shown(indicator, confidence.upper(v)),
                                Figures.csv(indicator, confidence.upper(v)))
                        : Cell.figure("–", ""));
        row.add(Cell.rating(rating));
        if (extra != null) {
            row.add(Cell.of(extra));
        }
        return row;
    }

    static Bar bar(String label, IndicatorValue v, ConfidenceLevel confidence, Rag tone) {
        if (v.suppressed()) {
            return new Bar(label + " (suppressed)", null, null, null, Rag.NONE);
        }
        return new Bar(label, v.value(), confidence.lower(v), confidence.upper(v), tone);
    }
}
