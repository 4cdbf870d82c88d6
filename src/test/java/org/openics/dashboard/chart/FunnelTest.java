package org.openics.dashboard.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.analytics.Polarity;
import org.openics.analytics.Statistic;
import org.openics.analytics.statistics.FunnelLimits;
import org.openics.analytics.statistics.FunnelLimits.Significance;
import org.openics.dashboard.chart.Funnel.Area;
import org.openics.dashboard.rag.Rag;

class FunnelTest {

    static final List<Area> PRACTICES = List.of(
            new Area("Z1", "Small", 30, 200, 15.0),
            new Area("Z2", "Typical", 1000, 10000, 10.0),
            new Area("Z3", "High", 1300, 10000, 13.0),
            new Area("Z4", "Slightly high", 1065, 10000, 10.65),
            new Area("Z5", "Low", 700, 10000, 7.0));

    @Test
    void proportionLimitsNarrowAsTheDenominatorGrowsAndSitAroundTheBenchmark() {
        Funnel funnel = Funnel.of(Statistic.PROPORTION, Polarity.LOW_IS_GOOD, 100, 10.0, PRACTICES)
                .orElseThrow();
        var first = funnel.lines().get(0);
        var last = funnel.lines().get(funnel.lines().size() - 1);
        assertThat(first.x()).isLessThan(last.x());
        assertThat(first.upper998() - first.lower998()).isGreaterThan(last.upper998() - last.lower998());
        for (var lines : funnel.lines()) {
            assertThat(lines.lower998()).isLessThanOrEqualTo(lines.lower95());
            assertThat(lines.lower95()).isLessThan(10.0);
            assertThat(lines.upper95()).isGreaterThan(10.0);
            assertThat(lines.upper95()).isLessThanOrEqualTo(lines.upper998());
        }
        assertThat(last.x()).isCloseTo(11000, within(1e-6));
        assertThat(funnel.xLabel()).isEqualTo("Denominator (people)");
    }

    @Test
    void pointsAreClassifiedAsThePublishedProportionSignificanceDoes() {
        Funnel funnel = Funnel.of(Statistic.PROPORTION, Polarity.LOW_IS_GOOD, 100, 10.0, PRACTICES)
                .orElseThrow();
        for (var point : funnel.points()) {
            Area area = PRACTICES.stream()
                    .filter(a -> a.code().equals(point.code()))
                    .findFirst()
                    .orElseThrow();
            assertThat(point.significance())
                    .as(point.code())
                    .isEqualTo(FunnelLimits.proportionSignificance(area.numerator(), area.denominator(), 0.10));
        }
        assertThat(funnel.points())
                .extracting(Funnel.FunnelPoint::significance)
                .containsExactly(
                        Significance.HIGH_0_025,
                        Significance.NOT_SIGNIFICANT,
                        Significance.HIGH_0_001,
                        Significance.HIGH_0_025,
                        Significance.LOW_0_001);
    }

    @Test
    void outliersAreNamedWorstFirstAndJudgedByPolarity() {
        Funnel funnel = Funnel.of(Statistic.PROPORTION, Polarity.LOW_IS_GOOD, 100, 10.0, PRACTICES)
                .orElseThrow();
        assertThat(funnel.outliers()).extracting(Funnel.FunnelPoint::code).containsExactly("Z3", "Z5", "Z4", "Z1");
        assertThat(funnel.outliers().get(0).verdict(Polarity.LOW_IS_GOOD)).isEqualTo("Worse (outside 99.8% limit)");
        assertThat(funnel.outliers().get(1).verdict(Polarity.LOW_IS_GOOD)).isEqualTo("Better (outside 99.8% limit)");
        assertThat(funnel.outliers().get(2).verdict(Polarity.NO_JUDGEMENT)).isEqualTo("Higher (outside 95% limit)");
        assertThat(funnel.outliers().get(0).tone()).isEqualTo(Rag.RED);
        assertThat(funnel.outliers().get(1).tone()).isEqualTo(Rag.GREEN);
    }

    @Test
    void rateFunnelsUseObservedEventsOnTheXAxisAndPoissonLimits() {
        List<Area> areas = List.of(new Area("A", "A", 50, 10000, 500), new Area("B", "B", 120, 10000, 1200));
        Funnel funnel = Funnel.of(Statistic.CRUDE_RATE, Polarity.LOW_IS_GOOD, 100_000, 600, areas)
                .orElseThrow();
        assertThat(funnel.xLabel()).isEqualTo("Observed events");
        assertThat(funnel.points()).extracting(Funnel.FunnelPoint::x).containsExactly(50.0, 120.0);
        var at120 = FunnelLimits.rate(120, 0.006, 100_000);
        assertThat(Funnel.linesAt(Statistic.CRUDE_RATE, 100_000, 600, 120)).isEqualTo(at120);
        assertThat(funnel.points().get(1).significance()).isEqualTo(Significance.HIGH_0_001);
        assertThat(funnel.points().get(0).outside95()).isFalse();
    }

    @Test
    void meansLifeExpectancyAndCountsHaveNoFunnel() {
        assertThat(Funnel.of(Statistic.LIFE_EXPECTANCY, Polarity.HIGH_IS_GOOD, 1, 80, PRACTICES))
                .isEmpty();
        assertThat(Funnel.of(Statistic.MEAN, Polarity.HIGH_IS_GOOD, 1, 80, PRACTICES))
                .isEmpty();
        assertThat(Funnel.of(Statistic.PROPORTION, Polarity.HIGH_IS_GOOD, 100, 0, PRACTICES))
                .isEmpty();
    }

    @Test
    void theChartIsAnAccessibleSvgThatNamesItsOutliers() {
        Funnel funnel = Funnel.of(Statistic.PROPORTION, Polarity.LOW_IS_GOOD, 100, 10.0, PRACTICES)
                .orElseThrow();
        String svg = FunnelChart.svg("f", "Funnel of <smoking>", "Practices & limits", funnel, "%");
        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\"")
                .contains("<title id=\"f-title\">Funnel of &lt;smoking&gt;</title>")
                .contains("<desc id=\"f-desc\">Practices &amp; limits</desc>")
                .contains(">Z3</text>")
                .doesNotContain(">Z2</text>")
                .endsWith("</svg>");
    }
}
