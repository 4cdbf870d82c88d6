package org.openics.analytics.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openics.analytics.Comparison;
import org.openics.analytics.Polarity;
import org.openics.analytics.Statistic;

class ComparisonsTest {

    @Test
    void theBenchmarkValueInsideTheIntervalIsSimilar() {
        assertThat(Comparisons.compare(10.0, 14.0, 12.0, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.SIMILAR);
        assertThat(Comparisons.compare(10.0, 14.0, 10.0, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void anIntervalAboveOrBelowIsJudgedByPolarity() {
        assertThat(Comparisons.compare(13.0, 15.0, 12.0, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.WORSE);
        assertThat(Comparisons.compare(13.0, 15.0, 12.0, Polarity.HIGH_IS_GOOD)).isEqualTo(Comparison.BETTER);
        assertThat(Comparisons.compare(13.0, 15.0, 12.0, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.HIGHER);
        assertThat(Comparisons.compare(9.0, 11.0, 12.0, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.BETTER);
        assertThat(Comparisons.compare(9.0, 11.0, 12.0, Polarity.HIGH_IS_GOOD)).isEqualTo(Comparison.WORSE);
        assertThat(Comparisons.compare(9.0, 11.0, 12.0, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.LOWER);
    }

    @Test
    void missingLimitsOrBenchmarkAreNotCompared() {
        assertThat(Comparisons.compare(null, 11.0, 12.0, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(Comparisons.compare(9.0, 11.0, null, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(Comparisons.compare(9.0, Double.NaN, 12.0, Polarity.LOW_IS_GOOD))
                .isEqualTo(Comparison.NOT_COMPARED);
    }

    @Test
    void countsOneToSevenAndTinyDenominatorsAreSuppressedZeroIsShown() {
        assertThat(Suppression.reason(Statistic.PROPORTION, 0, 50)).isEmpty();
        assertThat(Suppression.reason(Statistic.PROPORTION, 1, 50)).isPresent();
        assertThat(Suppression.reason(Statistic.PROPORTION, 7, 50)).isPresent();
        assertThat(Suppression.reason(Statistic.PROPORTION, 8, 50)).isEmpty();
        assertThat(Suppression.reason(Statistic.PROPORTION, 0, 9)).isPresent();
        assertThat(Suppression.reason(Statistic.DSR, 8, 5)).isEmpty();
        assertThat(Suppression.reason(Statistic.LIFE_EXPECTANCY, 3, 6000)).isEmpty();
    }
}
