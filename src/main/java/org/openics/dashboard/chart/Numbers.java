package org.openics.dashboard.chart;

import java.util.Locale;

/** Numbers as charts label them: one decimal place below a hundred, whole numbers with separators above. */
final class Numbers {

    private Numbers() {}

    static String plain(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.UK, "%,.0f", value);
        }
        return String.format(Locale.UK, "%.1f", value);
    }
}
