package org.openics.finance.capital;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How hard the optimiser tries: the wall-time limit of one solve, the relative gap at which it may stop (0: only at a
 * proven optimum), CP-SAT's worker count and subsolvers, and the steps of the marginal-bid search (envelope ±margin)
 * and of the sensitivity report (weight ±step). The defaults prove optimality on rounds of board size (tens of bids).
 */
public record SolverSettings(
        Duration timeLimit,
        double relativeGapLimit,
        int workers,
        List<String> subsolvers,
        BigDecimal envelopeMargin,
        BigDecimal weightStep) {

    /** CP-SAT's full-problem subsolvers that did best on 500-bid rounds here (docs/finance-capital.md). */
    public static final List<String> SUBSOLVERS = List.of("reduced_costs", "max_lp", "quick_restart");

    public SolverSettings {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the solver's time limit must be positive");
        }
        if (!(relativeGapLimit >= 0 && relativeGapLimit < 1)) {
            throw new IllegalArgumentException("the relative gap limit is a fraction from 0 (inclusive) to 1");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("the solver needs at least one worker");
        }
        subsolvers = List.copyOf(subsolvers);
        if (envelopeMargin.signum() <= 0 || envelopeMargin.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the envelope margin is a fraction between 0 and 1");
        }
        if (weightStep.signum() <= 0 || weightStep.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the weight step is a fraction between 0 and 1");
        }
    }

    /** Prove optimality, within 10 s a solve; envelope ±2%, weights ±10%. */
    public static SolverSettings defaults() {
        return new SolverSettings(
                Duration.ofSeconds(10), 0, 3, SUBSOLVERS, new BigDecimal("0.02"), new BigDecimal("0.10"));
    }

    /** Stop at a proven relative gap of at most {@code gap} (e.g. 0.001) or at the time limit. */
    public SolverSettings withGap(double gap, Duration limit) {
        return new SolverSettings(limit, gap, workers, subsolvers, envelopeMargin, weightStep);
    }

    public SolverSettings withWorkers(int count) {
        return new SolverSettings(timeLimit, relativeGapLimit, count, subsolvers, envelopeMargin, weightStep);
    }
}
