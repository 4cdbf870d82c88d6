package org.openics.dashboard.chart;

import java.util.ArrayList;
import java.util.List;

/** A linear scale from data values to pixels, with "nice" tick values (1, 2 or 5 times a power of ten). */
record Scale(double min, double max, double from, double to) {

    /** A scale covering the values with some room, starting at zero when every value is positive and zero is near. */
    static Scale covering(double lo, double hi, double from, double to, boolean includeZero) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (includeZero) {
            lo = Math.min(0, lo);
            hi = Math.max(0, hi);
        }
        if (hi - lo < 1e-9) {
            double pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
            lo -= pad;
            hi += pad;
        }
        double step = step(lo, hi);
        double niceLo = Math.floor(lo / step) * step;
        double niceHi = Math.ceil(hi / step) * step;
        return new Scale(niceLo, niceHi, from, to);
    }

    double at(double value) {
        return from + (value - min) / (max - min) * (to - from);
    }

    List<Double> ticks() {
        double step = step(min, max);
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-6; t += step) {
            ticks.add(Math.abs(t) < step * 1e-6 ? 0 : t);
        }
        return ticks;
    }

    private static double step(double lo, double hi) {
        double raw = (hi - lo) / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    static String label(double tick) {
        if (Math.abs(tick) >= 1000) {
            return String.format(java.util.Locale.UK, "%,.0f", tick);
        }
        return tick == Math.rint(tick)
                ? Long.toString((long) tick)
                : String.format(java.util.Locale.ROOT, "%.2f", tick)
                        .replaceAll("0+$", "")
                        .replaceAll("\\.$", "");
    }
}
