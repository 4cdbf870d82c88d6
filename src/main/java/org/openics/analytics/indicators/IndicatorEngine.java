package org.openics.analytics.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openics.analytics.AttributableDeaths;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Comparison;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Inequality;
import org.openics.analytics.Level;
import org.openics.analytics.Statistic;
import org.openics.analytics.ValidityNote;
import org.openics.analytics.statistics.Byars;
import org.openics.analytics.statistics.Confidence;
import org.openics.analytics.statistics.DirectlyStandardisedRates;
import org.openics.analytics.statistics.Estimate;
import org.openics.analytics.statistics.EuropeanStandardPopulation;
import org.openics.analytics.statistics.IndirectlyStandardised;
import org.openics.analytics.statistics.InequalityIndices;
import org.openics.analytics.statistics.InequalityOptions;
import org.openics.analytics.statistics.LifeExpectancy;
import org.openics.analytics.statistics.LifeTableBand;
import org.openics.analytics.statistics.Limits;
import org.openics.analytics.statistics.Proportions;
import org.openics.analytics.statistics.QuantileValue;
import org.openics.analytics.statistics.Rates;
import org.openics.analytics.statistics.ReferenceBand;
import org.openics.analytics.statistics.StandardisationBand;

/**
 * Computes every indicator of the catalogue for every group of the aggregates with the statistics library,
 * then suppression, comparisons with the benchmark (the ICS) and the parent unit, inequality indices and
 * attributable deaths.
 */
public final class IndicatorEngine {

    public static final List<Confidence> LEVELS = Confidence.FINGERTIPS_PAIR;
    public static final int ANNUAL = 10;
    private static final String TOTAL = "Total";
    private static final double[] ESP = EuropeanStandardPopulation.bands().stream()
            .mapToDouble(Double::doubleValue)
            .toArray();
    private static final List<String> ESP_LABELS = EuropeanStandardPopulation.labels();

    /** A value with what the result store needs besides the public record. */
    public record Stored(
            IndicatorValue value,
            String parent,
            List<String> ancestors,
            int periodOrder,
            double rawValue,
            double rawLower95,
            double rawUpper95,
            double events) {}

    /** Everything one refresh computed. */
    public record Results(List<Stored> values, List<Inequality> inequalities, List<AttributableDeaths> attributable) {}

    private final Aggregates aggregates;
    private final Function<String, String> names;
    private final LocalDate reference;

    public IndicatorEngine(Aggregates aggregates, Function<String, String> names, LocalDate reference) {
        this.aggregates = aggregates;
        this.names = names;
        this.reference = reference;
    }

    /** A computed statistic before suppression; {@code note} qualifies a value shown as none. */
    private record Computed(double numerator, double denominator, double events, Estimate estimate, ValidityNote note) {

        Computed(double numerator, double denominator, double events, Estimate estimate) {
            this(numerator, denominator, events, estimate, null);
        }
    }

    /** Every indicator, in parallel (each indicator's values are independent); results in catalogue order. */
    public Results compute(List<CatalogueEntry> catalogue) {
        List<Results> each =
                catalogue.parallelStream().map(this::computeIndicator).toList();
        List<Stored> all = new ArrayList<>();
        List<Inequality> inequalities = new ArrayList<>();
        each.forEach(r -> {
            all.addAll(r.values());
            inequalities.addAll(r.inequalities());
        });
        return new Results(all, inequalities, attributable());
    }

    private Results computeIndicator(CatalogueEntry entry) {
        List<Stored> all = new ArrayList<>();
        List<Inequality> inequalities = new ArrayList<>();
        List<Integer> periods = entry.quarterly() ? List.of(ANNUAL, 0, 1, 2, 3) : List.of(ANNUAL);
        Map<Aggregates.Key, Map<Integer, Stored>> byKey = new HashMap<>();
        for (int period : periods) {
            Map<Aggregates.Key, Stored> raw = new HashMap<>();
            aggregates.cells.forEach((key, cell) -> {
                if (period != ANNUAL && key.breakdown() != Breakdown.TOTAL) {
                    return;
                }
                raw.put(key, value(entry, key, computeOne(entry, key, cell, period), period));
            });
            raw.replaceAll((key, stored) -> compared(entry.indicator(), key, stored, raw));
            raw.forEach((key, stored) ->
                    byKey.computeIfAbsent(key, k -> new HashMap<>()).put(period, stored));
            all.addAll(raw.values());
        }
        inequalities.addAll(inequalities(entry, byKey));
        return new Results(all, inequalities, List.of());
    }

    private final Map<String, String> periodLabels = new java.util.concurrent.ConcurrentHashMap<>();

    private String periodLabel(CatalogueEntry entry, int period) {
        return periodLabels.computeIfAbsent(entry.indicator().id() + "|" + period, k -> label(entry, period));
    }

    private String label(CatalogueEntry entry, int period) {
        LocalDate start = reference.minusYears(1).plusDays(1);
        if (period == ANNUAL) {
            return entry.compute().containsKey("events") || entry.quarterly() || entry.get("method") != null
                    ? start + " to " + reference
                    : reference.toString();
        }
        LocalDate from = start.plusMonths(3L * period);
        return from + " to " + from.plusMonths(3).minusDays(1);
    }

    private Computed computeOne(CatalogueEntry entry, Aggregates.Key key, Aggregates.Cell cell, int period) {
        Indicator indicator = entry.indicator();
        String suffix = period == ANNUAL ? "" : "_q" + (period + 1);
        double scale = period == ANNUAL ? 1 : 0.25;
        String method = entry.get("method");
        if (method != null) {
            return attributableValue(key, cell, method.equals("attributable-share"), indicator.multiplier());
        }
        if (entry.get("events") != null) {
            int events = aggregates.measure(entry.get("events") + suffix);
            int population = aggregates.measure(entry.get("population"));
            double x = cell.total(events);
            return switch (indicator.statistic()) {
                case DSR -> dsr(cell, events, population, scale, entry.get("maxAge"), indicator.multiplier());
                case LIFE_EXPECTANCY -> lifeExpectancy(cell, events, population, Integer.parseInt(entry.get("age")));
                case INDIRECTLY_STANDARDISED_RATIO -> isr(key, cell, events, population, indicator.multiplier());
                default ->
                    new Computed(
                            x,
                            cell.total(population) * scale,
                            x,
                            Rates.crude(x, cell.total(population) * scale, indicator.multiplier(), LEVELS));
            };
        }
        double x = cell.total(aggregates.measure(entry.get("numerator") + suffix));
        if (indicator.statistic() == Statistic.COUNT) {
            return new Computed(
                    x,
                    Double.NaN,
                    x,
                    new Estimate(
                            x,
                            LEVELS.stream()
                                    .map(c -> new Limits(c, Byars.countLower(x, c), Byars.countUpper(x, c)))
                                    .toList()));
        }
        double n = cell.total(aggregates.measure(entry.get("denominator"))) * scale;
        if (!(n > 0)) {
            return new Computed(x, n, x, Estimate.suppressed(LEVELS, "no one in the denominator"));
        }
        Estimate estimate = indicator.statistic() == Statistic.PROPORTION
                ? Proportions.of(x, n, indicator.multiplier(), LEVELS)
                : Rates.crude(x, n, indicator.multiplier(), LEVELS);
        return new Computed(x, n, x, estimate);
    }

    private static Computed dsr(
            Aggregates.Cell cell, int events, int population, double scale, String maxAge, double multiplier) {
        int max = maxAge == null ? Integer.MAX_VALUE : Integer.parseInt(maxAge);
        List<StandardisationBand> bands = new ArrayList<>();
        double x = 0;
        double n = 0;
        for (int esp = 0; esp < ESP.length; esp++) {
            if (5 * esp > max) {
                break;
            }
            double count = esp == 0 ? cell.sums[events][0] + cell.sums[events][1] : cell.sums[events][esp + 1];
            double pop =
                    (esp == 0 ? cell.sums[population][0] + cell.sums[population][1] : cell.sums[population][esp + 1])
                            * scale;
            x += count;
            n += pop;
            if (pop > 0) {
                bands.add(new StandardisationBand(ESP_LABELS.get(esp), count, pop, ESP[esp]));
            }
        }
        if (bands.isEmpty()) {
            return new Computed(x, n, x, Estimate.suppressed(LEVELS, "no population"));
        }
        return new Computed(x, n, x, DirectlyStandardisedRates.of(bands, multiplier, LEVELS));
    }

    private static Computed lifeExpectancy(Aggregates.Cell cell, int events, int population, int age) {
        List<LifeTableBand> bands = new ArrayList<>();
        for (int b = 0; b < Aggregates.BANDS.length; b++) {
            bands.add(new LifeTableBand(Aggregates.BANDS[b], cell.sums[events][b], cell.sums[population][b]));
        }
        Estimate estimate = LifeExpectancy.of(bands, LEVELS).stream()
                .filter(a -> a.startAge() == age)
                .findFirst()
                .map(LifeExpectancy.AtAge::estimate)
                .orElse(Estimate.suppressed(LEVELS, "no life table"));
        return new Computed(cell.total(events), cell.total(population), cell.total(events), estimate);
    }

    private Computed isr(Aggregates.Key key, Aggregates.Cell cell, int events, int population, double multiplier) {
        String ics = aggregates.icsOf(key.level(), key.code());
        Aggregates.Cell reference =
                ics == null ? null : aggregates.cells.get(new Aggregates.Key(Level.ICS, ics, Breakdown.TOTAL, TOTAL));
        double x = cell.total(events);
        if (reference == null) {
            return new Computed(x, Double.NaN, x, Estimate.suppressed(LEVELS, "no reference population"));
        }
        List<ReferenceBand> bands = new ArrayList<>();
        double expected = 0;
        for (int b = 0; b < Aggregates.BANDS.length; b++) {
            double refPop = reference.sums[population][b];
            if (refPop > 0) {
                bands.add(new ReferenceBand(
                        String.valueOf(Aggregates.BANDS[b]),
                        cell.sums[events][b],
                        cell.sums[population][b],
                        reference.sums[events][b],
                        refPop));
                expected += cell.sums[population][b] * reference.sums[events][b] / refPop;
            }
        }
        return new Computed(x, expected, x, IndirectlyStandardised.ratio(bands, multiplier, LEVELS));
    }

    /** Observed, expected (least deprived quintile's rates by band and sex), attributable; as a count or a share. */
    private Computed attributableValue(Aggregates.Key key, Aggregates.Cell cell, boolean share, double multiplier) {
        AttributableDeathsMethod.Result r = attributableResult(key, cell);
        if (r == null) {
            return new Computed(
                    Double.NaN, Double.NaN, 0, Estimate.suppressed(LEVELS, "no least deprived quintile in the ICS"));
        }
        double o = r.observed();
        double e = r.expected();
        ValidityNote none = noneAttributable(r);
        double attributable = atLeastZero(r.attributable());
        if (!share) {
            return new Computed(
                    o,
                    e,
                    o,
                    new Estimate(
                            attributable,
                            LEVELS.stream()
                                    .map(c -> new Limits(
                                            c,
                                            atLeastZero(Byars.countLower(o, c) - e),
                                            atLeastZero(Byars.countUpper(o, c) - e)))
                                    .toList()),
                    none);
        }
        if (!(o > 0)) {
            return new Computed(attributable, o, o, Estimate.suppressed(LEVELS, "no deaths"));
        }
        return new Computed(
                attributable,
                o,
                o,
                new Estimate(
                        atLeastZero(r.share()) * multiplier,
                        LEVELS.stream()
                                .map(c -> {
                                    double lo = Byars.countLower(o, c);
                                    double hi = Byars.countUpper(o, c);
                                    return new Limits(
                                            c,
                                            lo > 0 ? atLeastZero((lo - e) / lo) * multiplier : 0,
                                            atLeastZero((hi - e) / hi) * multiplier);
                                })
                                .toList()),
                none);
    }

    /**
     * Fewer deaths than expected at the least deprived quintile's rates: the published tables show no negative
     * attributable deaths, so the figure (and any limit below zero) is none, with this note.
     */
    private static ValidityNote noneAttributable(AttributableDeathsMethod.Result r) {
        return r.attributable() < 0
                ? new ValidityNote(
                        ValidityNote.Reason.NONE_ATTRIBUTABLE,
                        String.format(
                                java.util.Locale.ROOT, "%.0f observed, %.1f expected", r.observed(), r.expected()))
                : null;
    }

    private static double atLeastZero(double x) {
        return Double.isNaN(x) ? x : Math.max(0.0, x);
    }

    private AttributableDeathsMethod.Result attributableResult(Aggregates.Key key, Aggregates.Cell cell) {
        String ics = aggregates.icsOf(key.level(), key.code());
        Aggregates.Cell least = ics == null
                ? null
                : aggregates.cells.get(new Aggregates.Key(Level.ICS, ics, Breakdown.DEPRIVATION_QUINTILE, "5"));
        if (least == null) {
            return null;
        }
        List<AttributableDeathsMethod.Group> groups = new ArrayList<>();
        for (String sex : List.of("m", "f")) {
            int deaths = aggregates.measure("death_" + sex);
            int risk = aggregates.measure("risk_" + sex);
            for (int b = 0; b < Aggregates.BANDS.length; b++) {
                groups.add(new AttributableDeathsMethod.Group(
                        sex + Aggregates.BANDS[b],
                        cell.sums[deaths][b],
                        cell.sums[risk][b],
                        least.sums[deaths][b],
                        least.sums[risk][b]));
            }
        }
        return AttributableDeathsMethod.of(groups);
    }

    private List<AttributableDeaths> attributable() {
        List<AttributableDeaths> result = new ArrayList<>();
        aggregates.cells.forEach((key, cell) -> {
            if (key.breakdown() != Breakdown.TOTAL) {
                return;
            }
            AttributableDeathsMethod.Result r = attributableResult(key, cell);
            if (r != null) {
                result.add(new AttributableDeaths(
                        key.level(),
                        key.code(),
                        names.apply(key.code()),
                        Math.round(r.observed()),
                        r.expected(),
                        atLeastZero(r.attributable()),
                        atLeastZero(r.share()),
                        noneAttributable(r)));
            }
        });
        return result;
    }

    private Stored value(CatalogueEntry entry, Aggregates.Key key, Computed c, int period) {
        Indicator indicator = entry.indicator();
        Estimate e = c.estimate();
        Optional<String> suppression = Suppression.reason(indicator.statistic(), c.events(), c.denominator());
        if (suppression.isEmpty() && !e.hasValue()) {
            suppression = Optional.of(e.note().orElse("not computed"));
        }
        Limits l95 = e.at(Confidence.NINETY_FIVE);
        Limits l998 = e.at(Confidence.NINETY_NINE_POINT_EIGHT);
        Validity.Checked checked = Validity.check(
                indicator.statistic(),
                indicator.multiplier(),
                finite(e.value()),
                finite(l95.lower()),
                finite(l95.upper()),
                finite(l998.lower()),
                finite(l998.upper()));
        ValidityNote note =
                suppression.isEmpty() ? c.note() : null; // a note qualifies a shown value, or says why it is not
        if (suppression.isEmpty() && !checked.published()) {
            note = checked.notCalculated().get();
            suppression = Optional.of(note.text());
        }
        boolean suppressed = suppression.isPresent();
        IndicatorValue v = new IndicatorValue(
                indicator.id(),
                key.level(),
                key.code(),
                name(key),
                key.breakdown(),
                key.category(),
                periodLabel(entry, period),
                suppressed ? null : Validity.unsigned(finite(c.numerator())),
                suppressed ? null : Validity.unsigned(finite(c.denominator())),
                suppressed ? null : checked.value(),
                suppressed ? null : checked.lower95(),
                suppressed ? null : checked.upper95(),
                suppressed ? null : checked.lower998(),
                suppressed ? null : checked.upper998(),
                suppressed,
                suppression.orElse(null),
                Comparison.NOT_COMPARED,
                Comparison.NOT_COMPARED,
                Comparison.NOT_COMPARED,
                Comparison.NOT_COMPARED,
                note);
        return new Stored(
                v,
                aggregates.parentOf(key.level(), key.code()),
                aggregates.ancestors(key.level(), key.code()),
                period,
                e.value(),
                l95.lower(),
                l95.upper(),
                c.events());
    }

    private String name(Aggregates.Key key) {
        return names.apply(key.code());
    }

    private Stored compared(Indicator indicator, Aggregates.Key key, Stored stored, Map<Aggregates.Key, Stored> all) {
        if (stored.value().suppressed()
                || key.level() == Level.ICS
                || indicator.statistic() == Statistic.COUNT
                || key.breakdown() == Breakdown.LOCAL_DEPRIVATION_DECILE) {
            // counts grow with the population; a place's local decile is not the ICS's decile of the same number
            return stored;
        }
        String ics = aggregates.icsOf(key.level(), key.code());
        Stored benchmark = ics == null ? null : all.get(key.at(Level.ICS, ics));
        Level parentLevel = Aggregates.parentLevel(key.level());
        String parentCode = stored.parent();
        Stored parent = parentCode == null ? null : all.get(key.at(parentLevel, parentCode));
        IndicatorValue v = stored.value();
        IndicatorValue compared = new IndicatorValue(
                v.indicatorId(),
                v.level(),
                v.code(),
                v.name(),
                v.breakdown(),
                v.category(),
                v.period(),
                v.numerator(),
                v.denominator(),
                v.value(),
                v.lower95(),
                v.upper95(),
                v.lower998(),
                v.upper998(),
                false,
                null,
                compare(indicator, v.lower95(), v.upper95(), benchmark),
                compare(indicator, v.lower998(), v.upper998(), benchmark),
                compare(indicator, v.lower95(), v.upper95(), parent),
                compare(indicator, v.lower998(), v.upper998(), parent),
                v.note());
        return new Stored(
                compared,
                stored.parent(),
                stored.ancestors(),
                stored.periodOrder(),
                stored.rawValue(),
                stored.rawLower95(),
                stored.rawUpper95(),
                stored.events());
    }

    private static Comparison compare(Indicator indicator, Double lower, Double upper, Stored benchmark) {
        if (benchmark == null || benchmark.value().suppressed()) {
            return Comparison.NOT_COMPARED;
        }
        return Comparisons.compare(lower, upper, benchmark.value().value(), indicator.polarity());
    }

    /**
     * SII and RII across the deprivation deciles within the area (most deprived first; OHID's local SII) for each ICS and
     * place, with the national-quintile 1 - 5 gap,
     * only where the method is valid for the data ({@link InequalityMethod}): otherwise the row says why. Each unit
     * from a fresh random stream (seed 1), so that its figures do not depend on the order of computation.
     */
    private List<Inequality> inequalities(CatalogueEntry entry, Map<Aggregates.Key, Map<Integer, Stored>> byKey) {
        List<Inequality> result = new ArrayList<>();
        Indicator indicator = entry.indicator();
        boolean measureOfInequality = entry.get("method") != null;
        InequalityOptions options =
                new InequalityOptions(InequalityOptions.OTHER, false, 1, 1000, 1, List.of(Confidence.NINETY_FIVE));
        for (Aggregates.Key key : byKey.keySet()) {
            if (key.breakdown() != Breakdown.TOTAL || (key.level() != Level.ICS && key.level() != Level.PLACE)) {
                continue;
            }
            List<InequalityMethod.Decile> deciles = new ArrayList<>();
            List<QuantileValue> quantiles = new ArrayList<>();
            List<IndicatorValue> shown = new ArrayList<>();
            for (int d = 1; d <= InequalityMethod.DECILES; d++) {
                Stored s = annual(
                        byKey,
                        new Aggregates.Key(
                                key.level(), key.code(), Breakdown.LOCAL_DEPRIVATION_DECILE, String.valueOf(d)));
                if (s == null) {
                    continue;
                }
                shown.add(s.value());
                IndicatorValue v = s.value();
                boolean published = !v.suppressed() && v.value() != null && v.lower95() != null && v.upper95() != null;
                double population = indicator.statistic() == Statistic.LIFE_EXPECTANCY
                                || indicator.statistic() == Statistic.INDIRECTLY_STANDARDISED_RATIO
                                || v.denominator() == null
                        ? populationOf(entry, key, d)
                        : v.denominator();
                deciles.add(new InequalityMethod.Decile(d, published, s.events(), population));
                if (published && population > 0) {
                    quantiles.add(QuantileValue.withLimits(
                            String.valueOf(d), population, v.value(), v.lower95(), v.upper95()));
                }
            }
            Double gap = measureOfInequality || indicator.statistic() == Statistic.COUNT ? null : gap(key, byKey);
            InequalityMethod.Outcome outcome = InequalityMethod.applicability(
                            indicator.statistic(), measureOfInequality, deciles)
                    .map(InequalityMethod::none)
                    .orElseGet(() -> slope(quantiles, options, indicator));
            result.add(new Inequality(
                    indicator.id(),
                    key.level(),
                    key.code(),
                    outcome.sii(),
                    outcome.siiLower95(),
                    outcome.siiUpper95(),
                    outcome.rii(),
                    outcome.riiLower95(),
                    outcome.riiUpper95(),
                    gap,
                    shown,
                    outcome.siiNote().orElse(null),
                    outcome.riiNote().orElse(null)));
        }
        return result;
    }

    private static InequalityMethod.Outcome slope(
            List<QuantileValue> quantiles, InequalityOptions options, Indicator indicator) {
        try {
            return InequalityMethod.judge(
                    InequalityIndices.of(quantiles, options),
                    options.multiplier(),
                    indicator.statistic() == Statistic.PROPORTION ? indicator.multiplier() : Double.NaN);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return InequalityMethod.none(
                    new ValidityNote(ValidityNote.Reason.NOT_FINITE, e.getMessage() == null ? "" : e.getMessage()));
        }
    }

    /** Most minus least deprived quintile, from published values only. */
    private static Double gap(Aggregates.Key key, Map<Aggregates.Key, Map<Integer, Stored>> byKey) {
        Stored q1 = annual(byKey, new Aggregates.Key(key.level(), key.code(), Breakdown.DEPRIVATION_QUINTILE, "1"));
        Stored q5 = annual(byKey, new Aggregates.Key(key.level(), key.code(), Breakdown.DEPRIVATION_QUINTILE, "5"));
        if (q1 == null
                || q5 == null
                || q1.value().suppressed()
                || q5.value().suppressed()
                || q1.value().value() == null
                || q5.value().value() == null) {
            return null;
        }
        return Validity.unsigned(q1.value().value() - q5.value().value());
    }

    /** The decile's population (the denominator of the indicator's population measure) where the value has no denominator. */
    private double populationOf(CatalogueEntry entry, Aggregates.Key key, int decile) {
        String measure = entry.get("population") != null ? entry.get("population") : entry.get("denominator");
        Aggregates.Cell cell = aggregates.cells.get(new Aggregates.Key(
                key.level(), key.code(), Breakdown.LOCAL_DEPRIVATION_DECILE, String.valueOf(decile)));
        return measure == null || cell == null ? Double.NaN : cell.total(aggregates.measure(measure));
    }

    private static Stored annual(Map<Aggregates.Key, Map<Integer, Stored>> byKey, Aggregates.Key key) {
        Map<Integer, Stored> periods = byKey.get(key);
        return periods == null ? null : periods.get(ANNUAL);
    }

    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
