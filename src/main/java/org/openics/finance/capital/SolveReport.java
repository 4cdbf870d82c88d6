package org.openics.finance.capital;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * How good the answer is: the objective of the portfolio, the best bound the solver proved (no portfolio can do
 * better), the relative gap between them ((bound − objective) ÷ objective), whether optimality was proven, the solver's
 * wall time, and how exactly the scores were turned into the solver's integers ({@code precision}).
 */
public record SolveReport(
        BigDecimal objective,
        BigDecimal bound,
        BigDecimal gap,
        boolean provenOptimal,
        Duration solveTime,
        String precision) {}
