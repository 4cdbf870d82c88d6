package org.openics.analytics.indicators;

import java.util.Optional;
import org.openics.analytics.Statistic;
import org.openics.analytics.ValidityNote;
import org.openics.analytics.ValidityNote.Reason;

/**
 * The statistical-validity layer every published value passes: a value with its 95% and 99.8% limits is published
 * only if it is a finite number inside both its intervals, the 95% interval lies inside the 99.8% one, and it is in
 * the range its statistic allows (shares 0 to 100% of the multiplier, rates, ratios and life expectancies not
 * below zero, counts not below zero). Otherwise it is "not calculated" with the typed reason. Signed zeros
 * ({@code -0.0}) never leave this class.
 */
public final class Validity {

    /** Slack for rounding in the methods' arithmetic (relative to the figure's size). */
    private static final double TOLERANCE = 1e-9;

    private Validity() {}

    /** A value and its limits after the check: the figures with signed zeros cleared, or the reason they are withheld. */
    public record Checked(
            Double value,
            Double lower95,
            Double upper95,
            Double lower998,
            Double upper998,
            Optional<ValidityNote> notCalculated) {

        public boolean published() {
            return notCalculated.isEmpty();
        }
    }

    /**
     * Checks one figure; null limits are limits the method does not give (they are not checked), a null value is no
     * figure (nothing to check).
     */
    public static Checked check(
            Statistic statistic,
            double multiplier,
            Double value,
            Double lower95,
            Double upper95,
            Double lower998,
            Double upper998) {
        Double v = unsigned(value);
        Double l95 = unsigned(lower95);
        Double u95 = unsigned(upper95);
        Double l998 = unsigned(lower998);
        Double u998 = unsigned(upper998);
        Optional<ValidityNote> problem =
                v == null ? Optional.empty() : problem(statistic, multiplier, v, l95, u95, l998, u998);
        return new Checked(v, l95, u95, l998, u998, problem);
    }

    private static Optional<ValidityNote> problem(
            Statistic statistic, double multiplier, double v, Double l95, Double u95, Double l998, Double u998) {
        for (Double x : new Double[] {v, l95, u95, l998, u998}) {
            if (x != null && !Double.isFinite(x)) {
                return note(
                        Reason.NOT_FINITE,
                        "value " + v + ", limits " + l95 + " to " + u95 + " and " + l998 + " to " + u998);
            }
        }
        if (outside(v, l95, u95) || outside(v, l998, u998)) {
            return note(Reason.OUTSIDE_INTERVAL, describe(v, l95, u95, l998, u998));
        }
        if (below(u95, l95) || below(u998, l998) || below(l95, l998) || below(u998, u95)) {
            return note(Reason.INTERVALS_NOT_NESTED, describe(v, l95, u95, l998, u998));
        }
        double lowest = min(v, l95, l998);
        double highest = max(v, u95, u998);
        return switch (statistic) {
            case PROPORTION ->
                lowest < -slack(multiplier) || highest > Math.abs(multiplier) + slack(multiplier)
                        ? note(
                                Reason.SHARE_OUT_OF_RANGE,
                                describe(v, l95, u95, l998, u998) + "; a share lies between 0 and "
                                        + Math.abs(multiplier))
                        : Optional.empty();
            case CRUDE_RATE, DSR, INDIRECTLY_STANDARDISED_RATIO, LIFE_EXPECTANCY ->
                lowest < -slack(highest)
                        ? note(Reason.NEGATIVE_RATIO, describe(v, l95, u95, l998, u998))
                        : Optional.empty();
            case COUNT ->
                lowest < -slack(highest)
                        ? note(Reason.NEGATIVE_COUNT, describe(v, l95, u95, l998, u998))
                        : Optional.empty();
            case MEAN -> Optional.empty();
        };
    }

    /** {@code -0.0} becomes {@code 0.0}; null and other values are unchanged. */
    public static Double unsigned(Double x) {
        return x == null ? null : x == 0 ? 0.0 : x;
    }

    /** {@code -0.0} becomes {@code 0.0}. */
    public static double unsigned(double x) {
        return x == 0 ? 0.0 : x;
    }

    private static boolean outside(double v, Double lower, Double upper) {
        return (lower != null && v < lower - slack(v, lower)) || (upper != null && v > upper + slack(v, upper));
    }

    /** True when both are given and {@code a} is below {@code b} beyond rounding. */
    private static boolean below(Double a, Double b) {
        return a != null && b != null && a < b - slack(a, b);
    }

    private static double slack(double... around) {
        double size = 1;
        for (double a : around) {
            size = Math.max(size, Math.abs(a));
        }
        return TOLERANCE * size;
    }

    private static double min(double v, Double... limits) {
        double m = v;
        for (Double l : limits) {
            if (l != null) {
                m = Math.min(m, l);
            }
        }
        return m;
    }

    private static double max(double v, Double... limits) {
        double m = v;
        for (Double l : limits) {
            if (l != null) {
                m = Math.max(m, l);
            }
        }
        return m;
    }

    private static String describe(double v, Double l95, Double u95, Double l998, Double u998) {
        return "value " + round(v) + ", 95% " + round(l95) + " to " + round(u95) + ", 99.8% " + round(l998) + " to "
                + round(u998);
    }

    private static String round(Double x) {
        return x == null ? "none" : String.format(java.util.Locale.ROOT, "%.4g", x);
    }

    private static Optional<ValidityNote> note(Reason reason, String detail) {
        return Optional.of(new ValidityNote(reason, detail));
    }
}
