package org.openics.analytics.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openics.analytics.Statistic;
import org.openics.analytics.ValidityNote.Reason;
import org.openics.analytics.statistics.Confidence;
import org.openics.analytics.statistics.InequalityIndices;
import org.openics.analytics.statistics.InequalityOptions;
import org.openics.analytics.statistics.QuantileValue;
import org.openics.analytics.statistics.SlopeIndex;

class InequalityMethodTest {

    private static final InequalityOptions OPTIONS =
            new InequalityOptions(InequalityOptions.OTHER, false, 1, 1000, 1, List.of(Confidence.NINETY_FIVE));

    private static List<InequalityMethod.Decile> deciles(boolean everyPublished, double events) {
        return IntStream.rangeClosed(1, 10)
                .mapToObj(d -> new InequalityMethod.Decile(d, everyPublished || d != 4, events, 20_000))
                .toList();
    }

    @Test
    void everyDecilePublishedWithEnoughEventsMayHaveAnSii() {
        assertThat(InequalityMethod.applicability(Statistic.DSR, false, deciles(true, 40)))
                .isEmpty();
    }

    @Test
    void aSuppressedDecileMeansNoSii() {
        var note = InequalityMethod.applicability(Statistic.DSR, false, deciles(false, 40))
                .orElseThrow();
        assertThat(note.reason()).isEqualTo(Reason.TOO_FEW_DECILES);
        assertThat(note.detail()).contains("9 of 10").contains("[4]");
    }

    @Test
    void thinDecilesCountsAndInequalityMeasuresAreNotCalculated() {
        assertThat(InequalityMethod.applicability(Statistic.PROPORTION, false, deciles(true, 9))
                        .orElseThrow()
                        .reason())
                .isEqualTo(Reason.TOO_FEW_EVENTS);
        assertThat(InequalityMethod.applicability(Statistic.COUNT, false, deciles(true, 40))
                        .orElseThrow()
                        .reason())
                .isEqualTo(Reason.NOT_APPLICABLE);
        assertThat(InequalityMethod.applicability(Statistic.PROPORTION, true, deciles(true, 40))
                        .orElseThrow()
                        .reason())
                .isEqualTo(Reason.NOT_APPLICABLE);
    }

    /** Deciles falling from most to least deprived with the given values and a common interval half-width. */
    private static SlopeIndex index(double[] values, double halfWidth) {
        List<QuantileValue> q = new ArrayList<>();
        for (int d = 0; d < values.length; d++) {
            q.add(QuantileValue.withLimits(
                    String.valueOf(d + 1), 10_000, values[d], values[d] - halfWidth, values[d] + halfWidth));
        }
        return InequalityIndices.of(q, OPTIONS);
    }

    @Test
    void aClearGradientPublishesSiiAndRiiInsideTheirIntervals() {
        SlopeIndex index = index(new double[] {30, 28, 26, 24, 22, 20, 18, 16, 14, 12}, 1);
        InequalityMethod.Outcome o = InequalityMethod.judge(index, 1, 100);
        assertThat(o.siiNote()).isEmpty();
        assertThat(o.riiNote()).isEmpty();
        assertThat(o.sii()).isBetween(o.siiLower95(), o.siiUpper95());
        assertThat(o.rii()).isPositive().isBetween(o.riiLower95(), o.riiUpper95());
    }

    @Test
    void aFittedValueBelowZeroAtTheLeastDeprivedEndMeansNoRii() {
        // prevalence falling to about nothing: the straight line crosses zero before the least deprived end (RII would
        // be negative)
        SlopeIndex index = index(new double[] {4.0, 3.4, 2.8, 2.2, 1.6, 1.0, 0.6, 0.3, 0.1, 0.05}, 0.2);
        assertThat(index.rii()).isNegative();
        InequalityMethod.Outcome o = InequalityMethod.judge(index, 1, 100);
        assertThat(o.siiNote()).isEmpty();
        assertThat(o.rii()).isNull();
        assertThat(o.riiNote().orElseThrow().reason()).isEqualTo(Reason.FITTED_NOT_POSITIVE);
    }

    @Test
    void anRiiWhoseSimulationsCrossZeroIsNotCalculated() {
        // near-zero fitted value at the most deprived end with wide decile intervals: simulated ratios explode both
        // ways
        SlopeIndex index = index(new double[] {0.4, 0.9, 1.2, 1.6, 2.0, 2.4, 2.9, 3.2, 3.5, 4.0}, 3);
        InequalityMethod.Outcome o = InequalityMethod.judge(index, 1, 100);
        assertThat(o.rii()).isNull();
        assertThat(o.riiNote().orElseThrow().reason()).isIn(Reason.INTERVAL_NOT_VALID, Reason.FITTED_NOT_POSITIVE);
    }

    @Test
    void anSiiIntervalWiderThanAShareCanSpanIsNotCalculated() {
        // the "-1,206.3 to 1,257.2" for a share of deaths
        SlopeIndex wild = new SlopeIndex(
                25.4, 1.5, 50, List.of(new SlopeIndex.Bounds(Confidence.NINETY_FIVE, -1206.3, 1257.2, 0.1, 9)));
        InequalityMethod.Outcome o = InequalityMethod.judge(wild, 1, 100);
        assertThat(o.sii()).isNull();
        assertThat(o.siiNote().orElseThrow().reason()).isEqualTo(Reason.INTERVAL_NOT_VALID);
        assertThat(o.riiNote()).isPresent();
    }

    @Test
    void anSiiOutsideItsIntervalIsNotCalculated() {
        SlopeIndex odd = new SlopeIndex(
                14.26, 1.5, 50, List.of(new SlopeIndex.Bounds(Confidence.NINETY_FIVE, -7.54, 6.82, 1.1, 2)));
        assertThat(InequalityMethod.judge(odd, 1, Double.NaN)
                        .siiNote()
                        .orElseThrow()
                        .reason())
                .isEqualTo(Reason.INTERVAL_NOT_VALID);
    }

    @Test
    void signedZeroSiiIsPublishedAsZero() {
        SlopeIndex flat = new SlopeIndex(
                -0.0, 1.0, 5, List.of(new SlopeIndex.Bounds(Confidence.NINETY_FIVE, -0.5, 0.5, 0.9, 1.1)));
        InequalityMethod.Outcome o = InequalityMethod.judge(flat, 1, Double.NaN);
        assertThat(String.valueOf(o.sii())).isEqualTo("0.0");
    }
}
