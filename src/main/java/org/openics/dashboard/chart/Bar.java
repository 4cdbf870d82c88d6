package org.openics.dashboard.chart;

import org.openics.dashboard.rag.Rag;

/**
 * One row of an interval chart: a label, a value and its confidence limits (any may be null: suppressed or
 * not computed), and the tone of its mark.
 */
public record Bar(String label, Double value, Double lower, Double upper, Rag tone) {

    boolean hasValue() {
        return value != null && Double.isFinite(value);
    }

    boolean hasLimits() {
        return lower != null && upper != null && Double.isFinite(lower) && Double.isFinite(upper);
    }

    /** The lowest and highest of the values and limits of the bars and of any extra values (lo &gt; hi when there is none). */
    static double[] extent(java.util.List<Bar> bars, Double... extra) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Bar bar : bars) {
            if (bar.hasValue()) {
                lo = Math.min(lo, bar.value());
                hi = Math.max(hi, bar.value());
            }
            if (bar.hasLimits()) {
                lo = Math.min(lo, bar.lower());
                hi = Math.max(hi, bar.upper());
            }
        }
        for (Double value : extra) {
            if (value != null && Double.isFinite(value)) {
                lo = Math.min(lo, value);
                hi = Math.max(hi, value);
            }
        }
        return new double[] {lo, hi};
    }
}
