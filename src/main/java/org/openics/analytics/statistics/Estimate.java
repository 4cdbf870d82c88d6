package org.openics.analytics.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statistic with its confidence limits at each requested level. A suppressed or undefined value is NaN
 * (written as an empty cell); {@code note} says why the method suppressed it, or which variant of the
 * method it used (e.g. exact or Byar's limits).
 */
public record Estimate(double value, List<Limits> limits, Optional<String> note) {

    public Estimate {
        limits = List.copyOf(limits);
        Objects.requireNonNull(note, "note");
    }

    public Estimate(double value, List<Limits> limits) {
        this(value, limits, Optional.empty());
    }

    /** No value and no limits, with the reason. */
    public static Estimate suppressed(List<Confidence> levels, String reason) {
        return new Estimate(Double.NaN, levels.stream().map(Limits::none).toList(), Optional.of(reason));
    }

    public boolean hasValue() {
        return Double.isFinite(value);
    }

    public Limits at(Confidence confidence) {
        return limits.stream()
                .filter(l -> l.confidence().equals(confidence))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no limits at " + confidence.level()));
    }

    /** The same limits with the value withheld, as life expectancy does when its interval is too wide. */
    Estimate withoutValue(String reason) {
        return new Estimate(Double.NaN, limits, Optional.of(reason));
    }
}
