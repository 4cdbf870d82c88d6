package org.openics.workforce.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openics.analytics.statistics.Confidence;
import org.openics.analytics.statistics.Estimate;
import org.openics.analytics.statistics.FunnelLimits;
import org.openics.analytics.statistics.Rates;
import org.openics.workforce.Denominator;
import org.openics.workforce.Figure;
import org.openics.workforce.PlaceComparison;
import org.openics.workforce.PlaceRate;
import org.openics.workforce.StaffGroup;

/**
 * FTE per 10,000 of a population in each place, with the statistics library's methods: the rate and its 95% interval
 * by {@link Rates#crude} (exact Poisson below 10, Byar's from 10), and the place set against the ICS by
 * {@link FunnelLimits#ratioSignificance} (observed FTE against the FTE expected at the ICS rate). FTE is not a count of
 * events: treating it as Poisson is an approximation, stated on the page.
 */
public final class PerCapita {

    public static final double PER = 10_000;
    public static final String METHOD =
            "FTE per 10,000; 95% interval treating FTE as a Poisson count (exact below 10, Byar's from 10);"
                    + " compared with the ICS rate by the ratio of observed to expected FTE (funnel significance at 95% and 99.8%)";

    /** A place's population, or why it has none. */
    public record Population(String place, String name, Double value, String missing) {}

    private PerCapita() {}

    public static PlaceComparison compare(
            StaffGroup group,
            Denominator denominator,
            LocalDate asAt,
            Map<String, Double> fteByPlace,
            List<Population> populations) {
        double fteTotal = 0;
        double popTotal = 0;
        for (Population p : populations) {
            if (p.value() != null && p.value() > 0) {
                fteTotal += fteByPlace.getOrDefault(p.place(), 0.0);
                popTotal += p.value();
            }
        }
        Figure ics = popTotal > 0
                ? Figure.of(fteTotal / popTotal * PER)
                : Figure.notCalculated("no place has a population of " + denominator.label());
        List<PlaceRate> rows = new ArrayList<>();
        for (Population p : populations) {
            double fte = Staffing.round(fteByPlace.getOrDefault(p.place(), 0.0));
            if (p.value() == null || p.value() <= 0) {
                String reason = p.missing() == null ? "a population of 0" : p.missing();
                rows.add(new PlaceRate(
                        p.place(),
                        p.name(),
                        fte,
                        p.value(),
                        Figure.notCalculated(reason),
                        null,
                        null,
                        null,
                        "not compared: " + reason));
                continue;
            }
            Estimate rate = Rates.crude(fte, p.value(), PER, List.of(Confidence.NINETY_FIVE));
            Double expected = ics.calculated() ? ics.value() * p.value() / PER : null;
            String comparison = expected == null || expected == 0
                    ? "not compared: no ICS rate"
                    : FunnelLimits.ratioSignificance(fte, expected).label();
            rows.add(new PlaceRate(
                    p.place(),
                    p.name(),
                    fte,
                    p.value(),
                    Figure.of(rate.value()),
                    rate.at(Confidence.NINETY_FIVE).lower(),
                    rate.at(Confidence.NINETY_FIVE).upper(),
                    expected,
                    comparison));
        }
        return new PlaceComparison(group, denominator, asAt, ics, rows, METHOD);
    }
}
