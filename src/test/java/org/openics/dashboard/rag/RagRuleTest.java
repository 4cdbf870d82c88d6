package org.openics.dashboard.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openics.dashboard.Fixtures.compared;
import static org.openics.dashboard.Fixtures.proportion;
import static org.openics.dashboard.Fixtures.suppressed;
import static org.openics.dashboard.Fixtures.value;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.analytics.Comparison;
import org.openics.analytics.Polarity;
import org.openics.dashboard.view.ConfidenceLevel;

class RagRuleTest {

    final RagRule at95 = new RagRule(ConfidenceLevel.NINETY_FIVE, "ICS");
    final RagRule at998 = new RagRule(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, "ICS");

    @Test
    void aTargetIsMetOnlyWhenTheWholeIntervalMeetsIt() {
        var highIsGood = proportion(Polarity.HIGH_IS_GOOD, Optional.of(75.0));
        assertThat(at95.rate(highIsGood, value(80, 76, 84, 74, 86)).rag()).isEqualTo(Rag.GREEN);
        assertThat(at95.rate(highIsGood, value(77, 74, 80, 72, 82)).rag()).isEqualTo(Rag.AMBER);
        assertThat(at95.rate(highIsGood, value(70, 68, 72, 66, 74)).rag()).isEqualTo(Rag.RED);
        assertThat(at95.rate(highIsGood, value(70, 68, 72, 66, 74)).label()).isEqualTo("Misses target");
    }

    @Test
    void theWiderIntervalAtNinetyNinePointEightCanTurnGreenToAmber() {
        var highIsGood = proportion(Polarity.HIGH_IS_GOOD, Optional.of(75.0));
        var v = value(80, 76, 84, 74, 86);
        assertThat(at95.rate(highIsGood, v).rag()).isEqualTo(Rag.GREEN);
        assertThat(at998.rate(highIsGood, v).rag()).isEqualTo(Rag.AMBER);
        assertThat(at998.rate(highIsGood, v).reason())
                .contains("99.8%")
                .contains("74.0 to 86.0")
                .contains("target 75.0");
    }

    @Test
    void whereLowIsGoodATargetIsMetFromBelow() {
        var lowIsGood = proportion(Polarity.LOW_IS_GOOD, Optional.of(10.0));
        assertThat(at95.rate(lowIsGood, value(8, 7, 9, 6.5, 9.5)).rag()).isEqualTo(Rag.GREEN);
        assertThat(at95.rate(lowIsGood, value(12, 11, 13, 10.5, 13.5)).rag()).isEqualTo(Rag.RED);
    }

    @Test
    void withoutATargetTheComparisonWithTheBenchmarkAtTheChosenLevelDecides() {
        var indicator = proportion(Polarity.LOW_IS_GOOD, Optional.empty());
        var worseOnlyAt95 = compared("P1", Comparison.WORSE, Comparison.SIMILAR);
        assertThat(at95.rate(indicator, worseOnlyAt95))
                .extracting(RagRating::rag, RagRating::label)
                .containsExactly(Rag.RED, "Worse");
        assertThat(at998.rate(indicator, worseOnlyAt95))
                .extracting(RagRating::rag, RagRating::label)
                .containsExactly(Rag.AMBER, "Similar");
        assertThat(at95.rate(indicator, compared("P2", Comparison.BETTER, Comparison.BETTER))
                        .rag())
                .isEqualTo(Rag.GREEN);
    }

    @Test
    void whereNeitherDirectionIsBetterHigherLowerAndSimilarHaveTheirOwnColoursNotTheRagOnes() {
        var neither = proportion(Polarity.NO_JUDGEMENT, Optional.empty());
        assertThat(at95.rate(neither, compared("P1", Comparison.HIGHER, Comparison.HIGHER)))
                .extracting(RagRating::rag, RagRating::label)
                .containsExactly(Rag.HIGHER, "Higher");
        assertThat(at95.rate(neither, compared("P2", Comparison.LOWER, Comparison.LOWER))
                        .rag())
                .isEqualTo(Rag.LOWER);
        assertThat(at95.rate(neither, compared("P3", Comparison.SIMILAR, Comparison.SIMILAR)))
                .extracting(RagRating::rag, RagRating::label)
                .containsExactly(Rag.SIMILAR_NO_JUDGEMENT, "Similar");
    }

    @Test
    void suppressedAndUncomparedValuesHaveWordsButNoColour() {
        var indicator = proportion(Polarity.HIGH_IS_GOOD, Optional.of(50.0));
        assertThat(at95.rate(indicator, suppressed("Z1")))
                .extracting(RagRating::rag, RagRating::label, RagRating::reason)
                .containsExactly(Rag.NONE, "Suppressed", "Fewer than 10 people");
        assertThat(at95.rate(
                                proportion(Polarity.HIGH_IS_GOOD, Optional.empty()),
                                compared("ICS", Comparison.NOT_COMPARED, Comparison.NOT_COMPARED))
                        .rag())
                .isEqualTo(Rag.NONE);
    }

    @Test
    void theStatedRuleNamesTheChosenLevel() {
        assertThat(at998.statement()).contains("99.8% confidence interval").contains("significantly better (green)");
    }
}
