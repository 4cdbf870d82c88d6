package org.openics.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slope and relative index of inequality: the weighted regression on cumulative population midpoints,
 * back-transformation, and simulated limits that agree with the analytic normal limits and with R's stream.
 */
class InequalityIndicesTest {

    static final List<Confidence> NINETY_FIVE = List.of(Confidence.NINETY_FIVE);
    static final double[] POPULATIONS = {7291, 7997, 6105, 7666, 5790, 6934, 5918, 5974, 7147, 7534};

    @Test
    void randomStreamIsRsAfterSetSeed() {
        // R: set.seed(1); rnorm(3)  and  set.seed(42); rnorm(2)
        RCompatibleNormals one = new RCompatibleNormals(1);
        assertThat(one.normal(0, 1)).isCloseTo(-0.626453810742332, within(1e-14));
        assertThat(one.normal(0, 1)).isCloseTo(0.183643324222082, within(1e-14));
        assertThat(one.normal(0, 1)).isCloseTo(-0.835628612410047, within(1e-14));
        RCompatibleNormals fortyTwo = new RCompatibleNormals(42);
        assertThat(fortyTwo.normal(0, 1)).isCloseTo(1.37095844714667, within(1e-13));
        assertThat(fortyTwo.normal(0, 1)).isCloseTo(-0.564698171396089, within(1e-13));
        // R: set.seed(1); runif(1)
        assertThat(new RCompatibleNormals(1).uniform()).isCloseTo(0.2655086631421, within(1e-12));
    }

    /** Values exactly linear in the population midpoints: 60 + 20 x. */
    static List<QuantileValue> linear(double se) {
        List<QuantileValue> quantiles = new ArrayList<>();
        double total = java.util.Arrays.stream(POPULATIONS).sum();
        double cumulative = 0;
        for (int i = 0; i < POPULATIONS.length; i++) {
            double midpoint = cumulative + POPULATIONS[i] / total / 2;
            cumulative += POPULATIONS[i] / total;
            quantiles.add(
                    QuantileValue.withStandardError(String.valueOf(i + 1), POPULATIONS[i], 60 + 20 * midpoint, se));
        }
        return quantiles;
    }

    @Test
    void slopeOfExactlyLinearValuesIsTheirGradientWithWeightedMidpoints() {
        InequalityOptions options = new InequalityOptions(0, false, 1, 1000, 1, NINETY_FIVE);
        SlopeIndex index = InequalityIndices.of(linear(0), options);
        assertThat(index.sii()).isCloseTo(20, within(1e-9));
        assertThat(index.intercept()).isCloseTo(60, within(1e-9));
        assertThat(index.rii()).isCloseTo(80.0 / 60, within(1e-12));
        // with no sampling error every simulation gives the same line
        assertThat(index.limits().get(0).siiLower()).isCloseTo(20, within(1e-9));
        assertThat(index.limits().get(0).riiUpper()).isCloseTo(80.0 / 60, within(1e-12));
        SlopeIndex reversed =
                InequalityIndices.of(linear(0), new InequalityOptions(0, false, -100, 1000, 1, NINETY_FIVE));
        assertThat(reversed.sii()).isCloseTo(-2000, within(1e-7));
        assertThat(reversed.rii()).isCloseTo(60.0 / 80, within(1e-12));
    }

    @Test
    void simulatedLimitsAgreeWithTheAnalyticNormalLimits() {
        InequalityOptions options = new InequalityOptions(0, false, 1, 100_000, 7, Confidence.FINGERTIPS_PAIR);
        SlopeIndex index = InequalityIndices.of(linear(1.5), options);
        // B = sum w_i y_i with w = second row of (X'X)^-1 X' diag(sqrt a): sd(B) = 1.5 sqrt(sum w_i^2)
        double sd = 1.5 * Math.sqrt(sumOfSquaredSlopeWeights());
        for (SlopeIndex.Bounds b : index.limits()) {
            double z = b.confidence().z();
            assertThat(b.siiLower()).isCloseTo(20 - z * sd, within(0.03 * z * sd));
            assertThat(b.siiUpper()).isCloseTo(20 + z * sd, within(0.03 * z * sd));
        }
        assertThat(index.limits().get(1).siiLower())
                .isLessThan(index.limits().get(0).siiLower());
    }

    @Test
    void limitsAreReproducibleForASeedAndDifferBetweenSeeds() {
        SlopeIndex first = InequalityIndices.of(linear(2), new InequalityOptions(0, false, 1, 2000, 5, NINETY_FIVE));
        SlopeIndex again = InequalityIndices.of(linear(2), new InequalityOptions(0, false, 1, 2000, 5, NINETY_FIVE));
        SlopeIndex other = InequalityIndices.of(linear(2), new InequalityOptions(0, false, 1, 2000, 6, NINETY_FIVE));
        assertThat(again).isEqualTo(first);
        assertThat(other.limits().get(0).siiLower())
                .isNotEqualTo(first.limits().get(0).siiLower());
    }

    @Test
    void logTransformedRatesComeBackInTheirOwnUnits() {
        // rates exp(4 + 0.5 x): the log regression is exact, SII = e^4.5 - e^4, RII = e^0.5
        List<QuantileValue> quantiles = new ArrayList<>();
        for (QuantileValue q : linear(0)) {
            double midpoint = (q.value() - 60) / 20;
            double rate = Math.exp(4 + 0.5 * midpoint);
            quantiles.add(QuantileValue.withLimits(q.quantile(), q.population(), rate, rate * 0.9, rate * 1.1));
        }
        SlopeIndex index = InequalityIndices.of(quantiles, new InequalityOptions(1, true, 1, 1000, 1, NINETY_FIVE));
        assertThat(index.sii()).isCloseTo(Math.exp(4.5) - Math.exp(4), within(1e-9));
        assertThat(index.rii()).isCloseTo(Math.exp(0.5), within(1e-12));
        assertThat(index.intercept()).isCloseTo(Math.exp(4), within(1e-9));
        assertThat(index.limits().get(0).siiLower()).isLessThan(index.sii());
        assertThat(index.limits().get(0).siiUpper()).isGreaterThan(index.sii());
        // untransformed, the rate scale regression of a convex curve differs from the exact log slope
        SlopeIndex plain = InequalityIndices.of(quantiles, new InequalityOptions(1, false, 1, 1000, 1, NINETY_FIVE));
        assertThat(plain.sii()).isNotCloseTo(index.sii(), within(0.01));
    }

    @Test
    void rejectsTooFewQuantilesAndInvalidOptions() {
        assertThatThrownBy(() -> InequalityIndices.of(linear(1).subList(0, 4), InequalityOptions.defaults()))
                .hasMessageContaining("between 5 and 100");
        assertThatThrownBy(() -> new InequalityOptions(0, true, 1, 1000, 1, NINETY_FIVE))
                .hasMessageContaining("1 or 2");
        assertThatThrownBy(() -> new InequalityOptions(0, false, 1, 999, 1, NINETY_FIVE))
                .hasMessageContaining("1000");
        assertThatThrownBy(() -> QuantileValue.withStandardError("1", 0, 5, 1)).hasMessageContaining("population");
    }

    private static double sumOfSquaredSlopeWeights() {
        double total = java.util.Arrays.stream(POPULATIONS).sum();
        int q = POPULATIONS.length;
        double[] x1 = new double[q];
        double[] x2 = new double[q];
        double cumulative = 0;
        for (int i = 0; i < q; i++) {
            double share = POPULATIONS[i] / total;
            x1[i] = Math.sqrt(share);
            x2[i] = (cumulative + share / 2) * x1[i];
            cumulative += share;
        }
        double s11 = 0;
        double s12 = 0;
        double s22 = 0;
        for (int i = 0; i < q; i++) {
            s11 += x1[i] * x1[i];
            s12 += x1[i] * x2[i];
            s22 += x2[i] * x2[i];
        }
        double det = s11 * s22 - s12 * s12;
        double sum = 0;
        for (int i = 0; i < q; i++) {
            double w = (-s12 * x1[i] + s11 * x2[i]) / det * x1[i];
            sum += w * w;
        }
        return sum;
    }
}
