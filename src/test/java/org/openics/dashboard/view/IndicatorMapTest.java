package org.openics.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.analytics.Breakdown;
import org.openics.analytics.Comparison;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.analytics.Polarity;
import org.openics.analytics.Statistic;
import org.openics.dashboard.rag.Rag;
import org.openics.dashboard.rag.RagRule;
import org.openics.geography.Boundary;
import org.openics.geography.BoundaryLevel;
import org.openics.geography.Shape;

class IndicatorMapTest {

    static Indicator indicator(Polarity polarity) {
        return new Indicator(
                "x",
                "An indicator",
                "d",
                "n",
                "d",
                Statistic.PROPORTION,
                100,
                polarity,
                "2026",
                "s",
                "%",
                "Test",
                Optional.empty(),
                true);
    }

    static IndicatorValue place(String code, double value, Comparison comparison) {
        return new IndicatorValue(
                "x",
                Level.PLACE,
                code,
                "Place " + code,
                Breakdown.TOTAL,
                "Total",
                "2026",
                value,
                100.0,
                value,
                value - 1,
                value + 1,
                value - 2,
                value + 2,
                false,
                null,
                comparison,
                comparison,
                comparison,
                comparison);
    }

    static Boundary square(String code, double x) {
        return new Boundary(BoundaryLevel.PLACE, code, "Place " + code, Shape.of(List.of(new double[] {
            x, 51, x + 0.1, 51, x + 0.1, 51.1, x, 51.1, x, 51
        })));
    }

    @Test
    void whereNeitherDirectionIsBetterHigherAndLowerAreToldApartOnTheMap() {
        IndicatorMap map = IndicatorMap.build(
                indicator(Polarity.NO_JUDGEMENT),
                Level.PLACE,
                "the ICS",
                List.of(
                        place("A", 20, Comparison.HIGHER),
                        place("B", 5, Comparison.LOWER),
                        place("C", 10, Comparison.SIMILAR)),
                List.of(square("A", 0), square("B", 0.1), square("C", 0.2)),
                new RagRule(ConfidenceLevel.NINETY_FIVE, "ICS"),
                v -> null);
        assertThat(map.svg())
                .contains("fill=\"" + Rag.HIGHER.colour() + "\"")
                .contains("fill=\"" + Rag.LOWER.colour() + "\"")
                .contains("Higher (1)")
                .contains("Lower (1)");
    }

    @Test
    void whereHigherIsBetterPlacesAreShadedByTheirRating() {
        IndicatorMap map = IndicatorMap.build(
                indicator(Polarity.HIGH_IS_GOOD),
                Level.PLACE,
                "the ICS",
                List.of(place("A", 20, Comparison.BETTER), place("B", 5, Comparison.WORSE)),
                List.of(square("A", 0), square("B", 0.1)),
                new RagRule(ConfidenceLevel.NINETY_FIVE, "ICS"),
                v -> null);
        assertThat(map.svg())
                .contains("fill=\"#007f3b\"")
                .contains("fill=\"#d5281b\"")
                .doesNotContain(Rag.HIGHER.colour());
    }
}
