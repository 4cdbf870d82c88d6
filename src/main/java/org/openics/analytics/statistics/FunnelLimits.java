package org.openics.analytics.statistics;

/**
 * Funnel-plot control limits (Fingertips technical guidance; PHEindicatormethods' funnel functions): for each
 * denominator (proportions) or observed count (ratios, rates), the values at which the 95% (two sigma) or
 * 99.8% (three sigma) interval of an area would just touch the overall average. An area outside a line
 * differs significantly from the average.
 */
public final class FunnelLimits {

    private FunnelLimits() {}

    /** Which side of the funnel. */
    public enum Side {
        LOW,
        HIGH
    }

    /** The four funnel lines at one point of the x axis. */
    public record Lines(double x, double lower95, double upper95, double lower998, double upper998) {}

    /** Where an area falls against the funnel. */
    public enum Significance {
        HIGH_0_001("High (0.001)"),
        HIGH_0_025("High (0.025)"),
        LOW_0_001("Low (0.001)"),
        LOW_0_025("Low (0.025)"),
        NOT_SIGNIFICANT("Not significant");

        private final String label;

        Significance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The proportion at which a Wilson interval for a population of this size (at normal quantile p: 0.975 or
     * 0.999) has its opposite limit on the average: the closed form of the Wilson inequality, times multiplier.
     */
    public static double proportionLimit(double p, double population, double average, Side side, double multiplier) {
        double z2 = Math.pow(Distributions.normalQuantile(p), 2);
        double first = average * (population / z2 + 1);
        double root = Math.sqrt(Math.pow(-8 * average * (population / z2 + 1), 2)
                - 64
                        * (1 / z2 + 1 / population)
                        * average
                        * (population * (average * (population / z2 + 2) - 1) + z2 * (average - 1)));
        double last = 1 / z2 + 1 / population;
        double limit = side == Side.LOW ? (first - root / 8) / last : (first + root / 8) / last;
        return limit / population * multiplier;
    }

    /** Funnel lines for proportions at one population, clipped as published (below at 0, above at 100). */
    public static Lines proportion(double population, double average, double multiplier) {
        return new Lines(
                population,
                Math.max(0, proportionLimit(0.975, population, average, Side.LOW, multiplier)),
                Math.min(100, proportionLimit(0.975, population, average, Side.HIGH, multiplier)),
                Math.max(0, proportionLimit(0.999, population, average, Side.LOW, multiplier)),
                Math.min(100, proportionLimit(0.999, population, average, Side.HIGH, multiplier)));
    }

    /** Funnel lines for a ratio (observed / expected) at one observed count: observed over the Poisson limits. */
    public static Lines ratio(double observed) {
        return new Lines(
                observed,
                observed / expectedAtLimit(observed, 0.025, Side.HIGH),
                observed / expectedAtLimit(observed, 0.025, Side.LOW),
                observed / expectedAtLimit(observed, 0.001, Side.HIGH),
                observed / expectedAtLimit(observed, 0.001, Side.LOW));
    }

    /** Funnel lines for a crude or standardised rate at one number of events, around an average rate per person. */
    public static Lines rate(double events, double averagePerPerson, double multiplier) {
        return new Lines(
                events,
                events / (expectedAtLimit(events, 0.025, Side.HIGH) / averagePerPerson) * multiplier,
                events / (expectedAtLimit(events, 0.025, Side.LOW) / averagePerPerson) * multiplier,
                events / (expectedAtLimit(events, 0.001, Side.HIGH) / averagePerPerson) * multiplier,
                events / (expectedAtLimit(events, 0.001, Side.LOW) / averagePerPerson) * multiplier);
    }

    /**
     * The Poisson mean at which {@code observed} events sit on a tail of probability p: on the HIGH side
     * P(X &lt;= observed) = p, on the LOW side P(X &gt;= observed) = p; found by bisection as the published macro does.
     */
    public static double expectedAtLimit(double observed, double p, Side side) {
        double v = 0.5;
        double dv = 0.5;
        while (dv > 1e-7) {
            dv = dv / 2;
            double mean = (1 + observed) * v / (1 - v);
            if (side == Side.LOW) {
                v = poissonProbability(mean, observed, 1e10) > p ? v - dv : v + dv;
            } else {
                v = poissonProbability(mean, 0, observed) < p ? v - dv : v + dv;
            }
        }
        return (1 + observed) * v / (1 - v);
    }

    /** P(from &lt;= X &lt;= to) for X ~ Poisson(mean), summed with rescaling so large means do not overflow. */
    static double poissonProbability(double mean, double from, double to) {
        double q = 1;
        double total = 0;
        double s = 0;
        double k = 0;
        while (k <= mean || q > total * 1e-10) {
            total += q;
            if (k >= from && k <= to) {
                s += q;
            }
            if (total > 1e30) {
                s /= 1e30;
                total /= 1e30;
                q /= 1e30;
            }
            k++;
            q = q * mean / k;
        }
        return s / total;
    }

    /** Significance of a proportion x / n against the average proportion of all areas. */
    public static Significance proportionSignificance(double x, double n, double average) {
        double value = x / n;
        if (value < proportionLimit(0.999, n, average, Side.LOW, 1)) {
            return Significance.LOW_0_001;
        }
        if (value < proportionLimit(0.975, n, average, Side.LOW, 1)) {
            return Significance.LOW_0_025;
        }
        if (value > proportionLimit(0.999, n, average, Side.HIGH, 1)) {
            return Significance.HIGH_0_001;
        }
        if (value > proportionLimit(0.975, n, average, Side.HIGH, 1)) {
            return Significance.HIGH_0_025;
        }
        return Significance.NOT_SIGNIFICANT;
    }

    /** Significance of observed against expected events: does the ratio's interval exclude 1? */
    public static Significance ratioSignificance(double observed, double expected) {
        if (1 < ratioLimit(observed, expected, Confidence.NINETY_NINE_POINT_EIGHT, Side.LOW)) {
            return Significance.HIGH_0_001;
        }
        if (1 < ratioLimit(observed, expected, Confidence.NINETY_FIVE, Side.LOW)) {
            return Significance.HIGH_0_025;
        }
        if (1 > ratioLimit(observed, expected, Confidence.NINETY_NINE_POINT_EIGHT, Side.HIGH)) {
            return Significance.LOW_0_001;
        }
        if (1 > ratioLimit(observed, expected, Confidence.NINETY_FIVE, Side.HIGH)) {
            return Significance.LOW_0_025;
        }
        return Significance.NOT_SIGNIFICANT;
    }

    /** One limit of observed / expected: exact below 10 events, Byar's from 10, zero for a lower limit of none. */
    private static double ratioLimit(double observed, double expected, Confidence confidence, Side side) {
        if (observed == 0 && side == Side.LOW) {
            return 0;
        }
        double count =
                side == Side.LOW ? Byars.countLower(observed, confidence) : Byars.countUpper(observed, confidence);
        return count / expected;
    }
}
