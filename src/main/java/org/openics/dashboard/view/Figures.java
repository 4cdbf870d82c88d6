package org.openics.dashboard.view;

import java.util.Locale;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Statistic;

/** How an indicator's numbers are written: counts whole, everything else to one decimal place; suppressed as "*". */
public final class Figures {

    public static final String SUPPRESSED = "*";

    private Figures() {}

    public static int decimals(Indicator indicator) {
        return indicator.statistic() == Statistic.COUNT ? 0 : 1;
    }

    /** The value as shown, e.g. "1,234.5"; "*" when suppressed, "–" when absent. */
    public static String shown(Indicator indicator, Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "–";
        }
        return String.format(Locale.UK, "%,." + decimals(indicator) + "f", value);
    }

    /** The value as written to CSV: same rounding, no separators. */
    public static String csv(Indicator indicator, Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "";
        }
        return String.format(Locale.ROOT, "%." + decimals(indicator) + "f", value);
    }

    public static Cell value(Indicator indicator, IndicatorValue value) {
        if (value == null) {
            return Cell.figure("–", "");
        }
        if (value.suppressed()) {
            return new Cell(SUPPRESSED, "suppressed", null, null, null, null, reason(value));
        }
        return Cell.figure(shown(indicator, value.value()), csv(indicator, value.value()));
    }

    public static Cell interval(Indicator indicator, IndicatorValue value, ConfidenceLevel confidence) {
        if (value == null || value.suppressed() || confidence.lower(value) == null || confidence.upper(value) == null) {
            return Cell.figure("–", "");
        }
        return Cell.figure(
                shown(indicator, confidence.lower(value)) + " to " + shown(indicator, confidence.upper(value)),
                csv(indicator, confidence.lower(value)) + " to " + csv(indicator, confidence.upper(value)));
    }

    /** A numerator or denominator: whole people or events (standardised expected counts to one place). */
    public static Cell count(IndicatorValue value, Double count) {
        if (value == null || value.suppressed() || count == null || !Double.isFinite(count)) {
            return Cell.figure(
                    value != null && value.suppressed() ? SUPPRESSED : "–",
                    value != null && value.suppressed() ? "suppressed" : "");
        }
        boolean whole = Math.abs(count - Math.rint(count)) < 1e-9;
        return Cell.figure(
                String.format(Locale.UK, whole ? "%,.0f" : "%,.1f", count),
                String.format(Locale.ROOT, whole ? "%.0f" : "%.1f", count));
    }

    public static String unit(Indicator indicator) {
        return indicator.unit() == null ? "" : indicator.unit();
    }

    private static String reason(IndicatorValue value) {
        return value.suppressionReason() == null || value.suppressionReason().isBlank()
                ? "Suppressed: small numbers"
                : value.suppressionReason();
    }
}
