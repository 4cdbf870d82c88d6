package org.openics.analytics.statistics;

import java.util.Collection;
import java.util.List;

/** The mean of values with limits from Student's t distribution on n - 1 degrees of freedom. */
public final class Means {

    private Means() {}

    public static Estimate of(Collection<Double> values, List<Confidence> levels) {
        int count = values.size();
        if (count == 0) {
            return Estimate.suppressed(levels, "no values");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / count;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = count > 1 ? Math.sqrt(squares / (count - 1)) : Double.NaN;
        return new Estimate(
                mean,
                levels.stream()
                        .map(c -> {
                            double half = Math.abs(Distributions.studentTQuantile(c.lowerTail(), count - 1))
                                    * sd
                                    / Math.sqrt(count);
                            return new Limits(c, mean - half, mean + half);
                        })
                        .toList());
    }
}
