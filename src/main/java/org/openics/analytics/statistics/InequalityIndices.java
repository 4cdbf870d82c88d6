package org.openics.analytics.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The slope index of inequality (SII) and relative index of inequality (RII) across quantiles ordered from
 * most to least deprived (Low and Low 2004), as PHEindicatormethods computes them: each quantile sits at the
 * midpoint of its share of the cumulative population; a regression weighted by the square root of the
 * population share gives the slope (SII) and the fitted value at 0 (intercept); RII = (intercept + SII) /
 * intercept. Limits come from simulating each quantile's value from its standard error.
 *
 * <p>One instance holds one random stream: computing several groups in turn with one instance reproduces R's
 * {@code set.seed(seed)} followed by {@code phe_sii} on grouped data (groups in sorted order).
 */
public final class InequalityIndices {

    public static final int MINIMUM_QUANTILES = 5;
    public static final int MAXIMUM_QUANTILES = 100;

    private final InequalityOptions options;
    private final RCompatibleNormals random;

    public InequalityIndices(InequalityOptions options) {
        this.options = options;
        this.random = new RCompatibleNormals(options.seed());
    }

    /** The SII of one area, from a fresh random stream seeded as the options say. */
    public static SlopeIndex of(List<QuantileValue> quantiles, InequalityOptions options) {
        return new InequalityIndices(options).next(quantiles);
    }

    /** The SII of the next area, quantiles ordered from most to least deprived, continuing the random stream. */
    public SlopeIndex next(List<QuantileValue> quantiles) {
        int q = quantiles.size();
        if (q < MINIMUM_QUANTILES || q > MAXIMUM_QUANTILES) {
            throw new IllegalArgumentException("number of quantiles must be between 5 and 100, not " + q);
        }
        int type = options.valueType();
        double z95 = Confidence.NINETY_FIVE.z();
        double[] value = new double[q];
        double[] se = new double[q];
        double[] population = new double[q];
        double total = 0;
        for (int i = 0; i < q; i++) {
            QuantileValue v = quantiles.get(i);
            checkRange(v);
            value[i] = toScale(v.value(), type);
            se[i] = v.hasStandardError()
                    ? v.standardError()
                    : (toScale(v.upper95(), type) - toScale(v.lower95(), type)) / z95 / 2;
            population[i] = v.population();
            total += v.population();
        }
        double[] sqrtA = new double[q];
        double[] bSqrtA = new double[q];
        double[] y = new double[q];
        double cumulative = 0;
        for (int i = 0; i < q; i++) {
            double share = population[i] / total;
            double midpoint = i == 0 ? share / 2 : share / 2 + cumulative;
            cumulative += share;
            sqrtA[i] = Math.sqrt(share);
            bSqrtA[i] = midpoint * sqrtA[i];
            y[i] = sqrtA[i] * (options.transform() ? value[i] : fromScale(value[i], type));
        }
        Regression fit = new Regression(sqrtA, bSqrtA);
        double[] coefficients = fit.solve(y);
        double[][] simulated = simulate(fit, value, se, sqrtA);
        return options.transform()
                ? backTransformed(coefficients[0], coefficients[1], simulated[0])
                : untransformed(coefficients[0], coefficients[1], simulated);
    }

    private void checkRange(QuantileValue v) {
        if (options.valueType() == InequalityOptions.PROPORTION
                && (v.value() < 0
                        || v.value() > 1
                        || v.lower95() < 0
                        || v.lower95() > 1
                        || v.upper95() < 0
                        || v.upper95() > 1)) {
            throw new IllegalArgumentException(
                    "proportions and their limits must all be between 0 and 1 (quantile " + v.quantile() + ")");
        }
    }

    /** Simulated SIIs (row 0) and RIIs (row 1), each sorted, from drawing every quantile's value. */
    private double[][] simulate(Regression fit, double[] value, double[] se, double[] sqrtA) {
        int reps = options.repetitions();
        int q = value.length;
        double[] sii = new double[reps];
        double[] rii = new double[reps];
        double[] y = new double[q];
        double multiplier = options.multiplier();
        boolean transform = options.transform();
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < q; i++) {
                double draw = random.normal(value[i], se[i]);
                y[i] = (transform ? draw : fromScale(draw, options.valueType())) * sqrtA[i];
            }
            double[] c = fit.solve(y);
            double ratio = (c[1] + c[0]) / c[0];
            rii[r] = multiplier < 0 && !transform ? 1 / ratio : ratio;
            sii[r] = transform ? c[1] : c[1] * multiplier;
        }
        Arrays.sort(sii);
        Arrays.sort(rii);
        return new double[][] {sii, rii};
    }

    /** The simulated value at R's percentile positions {@code round(reps * p)} (1-based). */
    private double lowerPercentile(double[] sorted, Confidence c) {
        return sorted[(int) Math.rint(options.repetitions() * (1 - c.upperTail())) - 1];
    }

    private double upperPercentile(double[] sorted, Confidence c) {
        return sorted[(int) Math.rint(options.repetitions() * c.upperTail()) - 1];
    }

    private SlopeIndex untransformed(double intercept, double slope, double[][] simulated) {
        double multiplier = options.multiplier();
        double ratio = (intercept + slope) / intercept;
        List<SlopeIndex.Bounds> bounds = new ArrayList<>();
        for (Confidence c : options.levels()) {
            bounds.add(new SlopeIndex.Bounds(
                    c,
                    lowerPercentile(simulated[0], c),
                    upperPercentile(simulated[0], c),
                    lowerPercentile(simulated[1], c),
                    upperPercentile(simulated[1], c)));
        }
        return new SlopeIndex(multiplier * slope, multiplier < 0 ? 1 / ratio : ratio, intercept, bounds);
    }

    /**
     * Back to the indicator's units after a log (rates) or logit (proportions) regression. The limits pivot
     * about the fitted value at x = 0.5. The polarity test differs between rates (multiplier below 1) and
     * proportions (below 0) in the published code; it is reproduced as published.
     */
    private SlopeIndex backTransformed(double intercept, double slope, double[] simulatedSii) {
        int type = options.valueType();
        double multiplier = options.multiplier();
        double atOne = intercept + slope;
        double atHalf = (intercept + atOne) / 2;
        double y0 = fromScale(intercept, type);
        double y1 = fromScale(atOne, type);
        boolean flip = type == InequalityOptions.RATE ? multiplier < 1 : multiplier < 0;
        List<SlopeIndex.Bounds> bounds = new ArrayList<>();
        for (Confidence c : options.levels()) {
            double lower = lowerPercentile(simulatedSii, c);
            double upper = upperPercentile(simulatedSii, c);
            double y0Lower = fromScale(atHalf - lower / 2, type);
            double y0Upper = fromScale(atHalf - upper / 2, type);
            double y1Lower = fromScale(atHalf + lower / 2, type);
            double y1Upper = fromScale(atHalf + upper / 2, type);
            bounds.add(
                    flip
                            ? new SlopeIndex.Bounds(
                                    c,
                                    (y1Upper - y0Upper) * multiplier,
                                    (y1Lower - y0Lower) * multiplier,
                                    1 / (y1Upper / y0Upper),
                                    1 / (y1Lower / y0Lower))
                            : new SlopeIndex.Bounds(
                                    c,
                                    (y1Lower - y0Lower) * multiplier,
                                    (y1Upper - y0Upper) * multiplier,
                                    y1Lower / y0Lower,
                                    y1Upper / y0Upper));
        }
        double rii = multiplier < 0 ? 1 / (y1 / y0) : y1 / y0;
        return new SlopeIndex((y1 - y0) * multiplier, rii, y0 * Math.abs(multiplier), bounds);
    }

    /** Log for rates, logit for proportions, as is for other indicators. */
    private static double toScale(double v, int type) {
        return switch (type) {
            case InequalityOptions.RATE -> Math.log(v);
            case InequalityOptions.PROPORTION -> Math.log(v / (1 - v));
            default -> v;
        };
    }

    private static double fromScale(double v, int type) {
        return switch (type) {
            case InequalityOptions.RATE -> Math.exp(v);
            case InequalityOptions.PROPORTION -> Math.exp(v) / (1 + Math.exp(v));
            default -> v;
        };
    }

    /** Least squares through the origin on two regressors: (X'X)^-1 X' y, with X' X inverted once. */
    private static final class Regression {
        private final double[] x1;
        private final double[] x2;
        private final double i11;
        private final double i12;
        private final double i22;

        Regression(double[] x1, double[] x2) {
            this.x1 = x1;
            this.x2 = x2;
            double s11 = 0;
            double s12 = 0;
            double s22 = 0;
            for (int i = 0; i < x1.length; i++) {
                s11 += x1[i] * x1[i];
                s12 += x1[i] * x2[i];
                s22 += x2[i] * x2[i];
            }
            double det = s11 * s22 - s12 * s12;
            i11 = s22 / det;
            i12 = -s12 / det;
            i22 = s11 / det;
        }

        double[] solve(double[] y) {
            double t1 = 0;
            double t2 = 0;
            for (int i = 0; i < y.length; i++) {
                t1 += x1[i] * y[i];
                t2 += x2[i] * y[i];
            }
            return new double[] {i11 * t1 + i12 * t2, i12 * t1 + i22 * t2};
        }
    }
}
