package org.openics.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Funnel-plot limits checked against what they are defined to be: intervals that just touch the average. */
class FunnelLimitsTest {

    @Test
    void proportionFunnelLinesAreWhereTheWilsonIntervalTouchesTheAverage() {
        double average = 0.7;
        for (double population : new double[] {50, 500, 20_000}) {
            FunnelLimits.Lines lines = FunnelLimits.proportion(population, average, 1);
            // an area on the lower 95% line has a Wilson upper limit exactly at the average, and vice versa
            assertThat(Wilson.upper(lines.lower95() * population, population, Confidence.NINETY_FIVE))
                    .isCloseTo(average, within(1e-9));
            assertThat(Wilson.lower(lines.upper95() * population, population, Confidence.NINETY_FIVE))
                    .isCloseTo(average, within(1e-9));
            assertThat(Wilson.upper(lines.lower998() * population, population, Confidence.NINETY_NINE_POINT_EIGHT))
                    .isCloseTo(average, within(1e-9));
            assertThat(lines.lower998()).isLessThan(lines.lower95());
        }
        assertThat(FunnelLimits.proportion(500, average, 100).upper95())
                .isCloseTo(100 * FunnelLimits.proportion(500, average, 1).upper95(), within(1e-9));
    }

    @Test
    void ratioFunnelLinesAreObservedOverTheExactPoissonLimits() {
        for (double observed : new double[] {1, 5, 30, 400}) {
            FunnelLimits.Lines lines = FunnelLimits.ratio(observed);
            assertThat(lines.lower95())
                    .isCloseTo(
                            observed / Byars.exactUpper(observed, Confidence.NINETY_FIVE),
                            within(1e-5 * lines.lower95()));
            assertThat(lines.upper95())
                    .isCloseTo(
                            observed / Byars.exactLower(observed, Confidence.NINETY_FIVE),
                            within(1e-5 * lines.upper95()));
            assertThat(lines.upper998()).isGreaterThan(lines.upper95());
        }
    }

    @Test
    void rateFunnelLinesScaleTheRatioLinesByTheAverageRate() {
        FunnelLimits.Lines ratio = FunnelLimits.ratio(40);
        FunnelLimits.Lines rate = FunnelLimits.rate(40, 0.002, 100_000);
        assertThat(rate.lower95()).isCloseTo(ratio.lower95() * 200, within(1e-9));
        assertThat(rate.upper998()).isCloseTo(ratio.upper998() * 200, within(1e-9));
    }

    @Test
    void significanceAgainstTheFunnel() {
        assertThat(FunnelLimits.proportionSignificance(700, 1000, 0.7))
                .isEqualTo(FunnelLimits.Significance.NOT_SIGNIFICANT);
        assertThat(FunnelLimits.proportionSignificance(760, 1000, 0.7)).isEqualTo(FunnelLimits.Significance.HIGH_0_001);
        assertThat(FunnelLimits.proportionSignificance(670, 1000, 0.7)).isEqualTo(FunnelLimits.Significance.LOW_0_025);
        assertThat(FunnelLimits.ratioSignificance(130, 100)).isEqualTo(FunnelLimits.Significance.HIGH_0_025);
        assertThat(FunnelLimits.ratioSignificance(60, 100)).isEqualTo(FunnelLimits.Significance.LOW_0_001);
        assertThat(FunnelLimits.ratioSignificance(0, 1)).isEqualTo(FunnelLimits.Significance.NOT_SIGNIFICANT);
        assertThat(FunnelLimits.Significance.HIGH_0_025.label()).isEqualTo("High (0.025)");
    }
}
