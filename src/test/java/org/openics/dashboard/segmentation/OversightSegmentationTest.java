package org.openics.dashboard.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openics.dashboard.Fixtures.compared;
import static org.openics.dashboard.Fixtures.proportion;
import static org.openics.dashboard.Fixtures.suppressed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.analytics.Comparison;
import org.openics.analytics.Indicator;
import org.openics.analytics.Polarity;

class OversightSegmentationTest {

    static Indicator indicator(String id, Polarity polarity) {
        Indicator base = proportion(polarity, Optional.empty());
        return new Indicator(
                id,
                base.title(),
                base.definition(),
                base.numerator(),
                base.denominator(),
                base.statistic(),
                base.multiplier(),
                polarity,
                base.period(),
                base.source(),
                base.unit(),
                base.domain(),
                base.target(),
                true);
    }

    @Test
    void eachComparisonScoresOneToFour() {
        Indicator i = indicator("a", Polarity.HIGH_IS_GOOD);
        assertThat(OversightSegmentation.score(i, compared("P", Comparison.BETTER, Comparison.SIMILAR)))
                .hasValue(1);
        assertThat(OversightSegmentation.score(i, compared("P", Comparison.SIMILAR, Comparison.SIMILAR)))
                .hasValue(2);
        assertThat(OversightSegmentation.score(i, compared("P", Comparison.WORSE, Comparison.SIMILAR)))
                .hasValue(3);
        assertThat(OversightSegmentation.score(i, compared("P", Comparison.WORSE, Comparison.WORSE)))
                .hasValue(4);
        assertThat(OversightSegmentation.score(i, suppressed("P"))).isEmpty();
        assertThat(OversightSegmentation.score(
                        indicator("b", Polarity.NO_JUDGEMENT), compared("P", Comparison.HIGHER, Comparison.HIGHER)))
                .isEmpty();
    }

    @Test
    void theSegmentIsTheMeanScoreRoundedWithHalvesTowardsMoreSupport() {
        List<Indicator> four = List.of(
                indicator("a", Polarity.HIGH_IS_GOOD),
                indicator("b", Polarity.LOW_IS_GOOD),
                indicator("c", Polarity.HIGH_IS_GOOD),
                indicator("d", Polarity.HIGH_IS_GOOD));
        var segment = OversightSegmentation.segment(
                four,
                Map.of(
                        "a", compared("P", Comparison.SIMILAR, Comparison.SIMILAR),
                        "b", compared("P", Comparison.WORSE, Comparison.SIMILAR),
                        "c", compared("P", Comparison.SIMILAR, Comparison.SIMILAR),
                        "d", compared("P", Comparison.WORSE, Comparison.SIMILAR)));
        assertThat(segment.mean()).isEqualTo(2.5);
        assertThat(segment.segment()).isEqualTo(3);
        var better = OversightSegmentation.segment(
                four,
                Map.of(
                        "a", compared("P", Comparison.BETTER, Comparison.BETTER),
                        "b", compared("P", Comparison.BETTER, Comparison.SIMILAR),
                        "c", compared("P", Comparison.SIMILAR, Comparison.SIMILAR),
                        "d", compared("P", Comparison.BETTER, Comparison.SIMILAR)));
        assertThat(better.segment()).isEqualTo(1);
        assertThat(better.label()).startsWith("Segment 1");
    }

    @Test
    void aPlaceWithScoresOnFewerThanHalfTheIndicatorsIsNotSegmented() {
        List<Indicator> three = List.of(
                indicator("a", Polarity.HIGH_IS_GOOD),
                indicator("b", Polarity.HIGH_IS_GOOD),
                indicator("c", Polarity.HIGH_IS_GOOD),
                indicator("n", Polarity.NO_JUDGEMENT));
        var segment = OversightSegmentation.segment(
                three, Map.of("a", compared("P", Comparison.WORSE, Comparison.WORSE), "b", suppressed("P")));
        assertThat(segment.scorable()).isEqualTo(3);
        assertThat(segment.segmented()).isFalse();
        assertThat(segment.label()).startsWith("Not segmented");
    }
}
