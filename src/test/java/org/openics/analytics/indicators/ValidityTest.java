package org.openics.analytics.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openics.analytics.Statistic;
import org.openics.analytics.ValidityNote.Reason;

class ValidityTest {

    @Test
    void aValueInsideNestedIntervalsAndItsRangeIsPublishedUnchanged() {
        Validity.Checked c = Validity.check(Statistic.PROPORTION, 100, 12.5, 11.0, 14.0, 10.2, 15.1);
        assertThat(c.published()).isTrue();
        assertThat(c.value()).isEqualTo(12.5);
        assertThat(c.lower998()).isEqualTo(10.2);
    }

    @Test
    void aValueOutsideItsOwnIntervalIsNotCalculated() {
        // heart failure's RII 14.26 with the interval -7.54 to 6.82, as the issue found it
        Validity.Checked c = Validity.check(Statistic.DSR, 100_000, 14.26, -7.54, 6.82, -9.0, 8.0);
        assertThat(c.published()).isFalse();
        assertThat(c.notCalculated().get().reason()).isEqualTo(Reason.OUTSIDE_INTERVAL);
        assertThat(c.notCalculated().get().text()).startsWith("not calculated: the value lies outside");
    }

    @Test
    void aNinetyFiveIntervalWiderThanTheNinetyNinePointEightIsNotNested() {
        Validity.Checked c = Validity.check(Statistic.CRUDE_RATE, 1000, 50.0, 40.0, 60.0, 42.0, 70.0);
        assertThat(c.notCalculated().get().reason()).isEqualTo(Reason.INTERVALS_NOT_NESTED);
        assertThat(Validity.check(Statistic.CRUDE_RATE, 1000, 50.0, 40.0, 60.0, 30.0, 59.0)
                        .notCalculated()
                        .get()
                        .reason())
                .isEqualTo(Reason.INTERVALS_NOT_NESTED);
    }

    @Test
    void ratesAndRatiosBelowZeroAndSharesOutOfRangeAreNotCalculated() {
        assertThat(Validity.check(Statistic.DSR, 100_000, 5.0, -1.0, 20.0, -3.0, 30.0)
                        .notCalculated()
                        .get()
                        .reason())
                .isEqualTo(Reason.NEGATIVE_RATIO);
        assertThat(Validity.check(Statistic.INDIRECTLY_STANDARDISED_RATIO, 100, -0.73, -0.9, -0.5, -1.0, -0.4)
                        .notCalculated()
                        .get()
                        .reason())
                .isEqualTo(Reason.NEGATIVE_RATIO);
        assertThat(Validity.check(Statistic.PROPORTION, 100, 99.0, 97.0, 100.5, 96.0, 101.0)
                        .notCalculated()
                        .get()
                        .reason())
                .isEqualTo(Reason.SHARE_OUT_OF_RANGE);
        assertThat(Validity.check(Statistic.PROPORTION, 1, 0.5, 0.4, 0.6, 0.3, 0.7)
                        .published())
                .isTrue();
        assertThat(Validity.check(Statistic.COUNT, 1, -3.0, -1.0, 15.0, -2.0, 20.0)
                        .notCalculated()
                        .get()
                        .reason())
                .isEqualTo(Reason.OUTSIDE_INTERVAL);
        assertThat(Validity.check(Statistic.COUNT, 1, 3.0, -1.0, 15.0, -2.0, 20.0)
                        .notCalculated()
                        .get()
                        .reason())
                .isEqualTo(Reason.NEGATIVE_COUNT);
    }

    @Test
    void noFigureIsNothingToCheckAndANanIsNotANumber() {
        assertThat(Validity.check(Statistic.DSR, 1, null, null, null, null, null)
                        .published())
                .isTrue();
        assertThat(Validity.check(Statistic.DSR, 1, Double.NaN, 1.0, 2.0, 0.5, 3.0)
                        .notCalculated()
                        .get()
                        .reason())
                .isEqualTo(Reason.NOT_FINITE);
    }

    @Test
    void aSignedZeroNeverLeaves() {
        Validity.Checked c = Validity.check(Statistic.COUNT, 1, -0.0, -0.0, 4.0, -0.0, 6.0);
        assertThat(c.published()).isTrue();
        assertThat(Double.doubleToRawLongBits(c.value())).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.doubleToRawLongBits(c.lower95())).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(String.valueOf(Validity.unsigned(-0.0))).isEqualTo("0.0");
    }

    @Test
    void roundingNoiseAtALimitIsNotAProblem() {
        assertThat(Validity.check(Statistic.PROPORTION, 100, 100.0, 98.0, 100.00000000001, 97.0, 100.00000000001)
                        .published())
                .isTrue();
        assertThat(Validity.check(Statistic.PROPORTION, 100, 0.0, 0.0, 3.0, -1e-12, 4.0)
                        .published())
                .isTrue();
    }
}
