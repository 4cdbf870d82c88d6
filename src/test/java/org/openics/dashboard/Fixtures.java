package org.openics.dashboard;

import java.util.Optional;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Comparison;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.analytics.Polarity;
import org.openics.analytics.Statistic;

/** Indicators and values for the dashboard's unit tests. */
public final class Fixtures {

    private Fixtures() {}

    public static Indicator proportion(Polarity polarity, Optional<Double> target) {
        return new Indicator(
                "smoking",
                "Smoking prevalence",
                "Adults who smoke",
                "Adults recorded as smokers",
                "Adults registered",
                Statistic.PROPORTION,
                100,
                polarity,
                "2025/26",
                "Shared care record",
                "%",
                "Prevention",
                target,
                true);
    }

    public static Indicator rate(Polarity polarity) {
        return new Indicator(
                "admissions",
                "Emergency admissions",
                "Emergency admissions per 100,000",
                "Admissions",
                "Registered people",
                Statistic.CRUDE_RATE,
                100_000,
                polarity,
                "2025/26",
                "Shared care record",
                "per 100,000",
                "Hospital",
                Optional.empty(),
                true);
    }

    public static IndicatorValue value(
            String code,
            double numerator,
            double denominator,
            double value,
            double lower95,
            double upper95,
            double lower998,
            double upper998,
            Comparison at95,
            Comparison at998) {
        return new IndicatorValue(
                "smoking",
                Level.PLACE,
                code,
                "Area " + code,
                Breakdown.TOTAL,
                null,
                "2025/26",
                numerator,
                denominator,
                value,
                lower95,
                upper95,
                lower998,
                upper998,
                false,
                null,
                at95,
                at998,
                at95,
                at998);
    }

    public static IndicatorValue value(double value, double lower95, double upper95, double lower998, double upper998) {
        return value(
                "P1", 100, 1000, value, lower95, upper95, lower998, upper998, Comparison.SIMILAR, Comparison.SIMILAR);
    }

    public static IndicatorValue compared(String code, Comparison at95, Comparison at998) {
        return value(code, 100, 1000, 10, 8, 12, 7, 13, at95, at998);
    }

    public static IndicatorValue suppressed(String code) {
        return new IndicatorValue(
                "smoking",
                Level.PRACTICE,
                code,
                "Area " + code,
                Breakdown.TOTAL,
                null,
                "2025/26",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                "Fewer than 10 people",
                null,
                null,
                null,
                null);
    }
}
