package org.openics.analytics.statistics;

import java.util.List;

/** The slope and relative index of inequality with the regression intercept and simulated limits. */
public record SlopeIndex(double sii, double rii, double intercept, List<Bounds> limits) {

    public SlopeIndex {
        limits = List.copyOf(limits);
    }

    /** Simulated limits of the SII and RII at one confidence level. */
    public record Bounds(Confidence confidence, double siiLower, double siiUpper, double riiLower, double riiUpper) {}
}
