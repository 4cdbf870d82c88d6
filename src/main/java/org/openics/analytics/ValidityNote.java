package org.openics.analytics;

import java.util.Objects;

/**
 * Why a figure is not published (not calculated), or is shown as none: a typed reason with its detail, for the API
 * and the pages to show beside the figure. The validity layer ({@code analytics.indicators.Validity}) and the
 * inequality method ({@code analytics.indicators.InequalityMethod}) produce them.
 */
public record ValidityNote(Reason reason, String detail) {

    public ValidityNote {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** The kinds of reason; {@link #summary()} is the plain-English heading. */
    public enum Reason {
        /** The method gave no finite number (e.g. a division by zero). */
        NOT_FINITE("the method gave no number"),
        /** The value lies outside its own 95% or 99.8% interval. */
        OUTSIDE_INTERVAL("the value lies outside its own confidence interval"),
        /** The 95% interval is not inside the 99.8% interval, or a lower limit exceeds its upper limit. */
        INTERVALS_NOT_NESTED("the confidence intervals are not nested"),
        /** A rate, ratio or life expectancy below zero (or an RII of zero or less). */
        NEGATIVE_RATIO("a rate or ratio cannot be below zero"),
        /** A share outside 0 to 100% (of its multiplier). */
        SHARE_OUT_OF_RANGE("a share must lie between 0 and 100%"),
        /** A count below zero. */
        NEGATIVE_COUNT("a count cannot be below zero"),
        /** The indicator is a count or an inequality measure itself: a slope across deciles means nothing for it. */
        NOT_APPLICABLE("the method does not apply to this indicator"),
        /** Fewer deciles with a published value than the method needs (every decile, with a population). */
        TOO_FEW_DECILES("not every deprivation decile has a published value"),
        /** A decile is built on too few events for its value to carry the slope. */
        TOO_FEW_EVENTS("too few events in a deprivation decile"),
        /** The fitted value at the most or least deprived end is zero or less, so their ratio (the RII) is meaningless. */
        FITTED_NOT_POSITIVE("a fitted value at one end of the deprivation scale is zero or less"),
        /** The simulated interval is not usable: it does not contain the value, or spans more than the measure can. */
        INTERVAL_NOT_VALID("the simulated confidence interval is not valid"),
        /** Fewer deaths than expected at the least deprived quintile's rates: none attributable (not a negative number). */
        NONE_ATTRIBUTABLE("none attributable: fewer deaths than expected at the least deprived fifth's rates");

        private final String summary;

        Reason(String summary) {
            this.summary = summary;
        }

        public String summary() {
            return summary;
        }
    }

    /** "Not calculated: ..." or, for a figure shown as none, the reason itself, with the detail. */
    public String text() {
        String head = reason == Reason.NONE_ATTRIBUTABLE ? reason.summary() : "not calculated: " + reason.summary();
        return detail.isBlank() ? head : head + " (" + detail + ")";
    }
}
