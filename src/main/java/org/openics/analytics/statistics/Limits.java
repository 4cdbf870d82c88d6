package org.openics.analytics.statistics;

import java.util.Objects;

/** Lower and upper confidence limits at one level; NaN where the method gives no limit. */
public record Limits(Confidence confidence, double lower, double upper) {

    public Limits {
        Objects.requireNonNull(confidence, "confidence");
    }

    static Limits none(Confidence confidence) {
        return new Limits(confidence, Double.NaN, Double.NaN);
    }
}
