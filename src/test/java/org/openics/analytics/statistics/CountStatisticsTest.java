package org.openics.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Confidence levels, Byar's and exact Poisson limits, Wilson scores, crude rates and means, checked against
 * values derived from the method definitions (and their defining equations) to 1e-9 or better.
 */
class CountStatisticsTest {

    static final double TIGHT = 1e-9;
    static final List<Confidence> NINETY_FIVE = List.of(Confidence.NINETY_FIVE);

    @Test
    void theNormalDeviateIsExactNotOnePointNineSix() {
        assertThat(Confidence.NINETY_FIVE.z()).isCloseTo(1.959963984540054, within(1e-15));
        assertThat(Confidence.NINETY_NINE_POINT_EIGHT.z()).isCloseTo(3.090232306167813, within(1e-14));
    }

    @Test
    void confidenceLevelsAreReadAsProportionsOrPercentages() {
        assertThat(Confidence.parseList("95, 99.8"))
                .containsExactly(Confidence.NINETY_FIVE, Confidence.NINETY_NINE_POINT_EIGHT);
        assertThat(Confidence.parseList("0.95,0.998")).isEqualTo(Confidence.FINGERTIPS_PAIR);
        assertThat(Confidence.NINETY_FIVE.suffix()).isEqualTo("95_0");
        assertThat(Confidence.NINETY_NINE_POINT_EIGHT.suffix()).isEqualTo("99_8");
        assertThatThrownBy(() -> Confidence.of(0.5)).hasMessageContaining("between 0.9 and 1");
        assertThatThrownBy(() -> Confidence.of(50)).hasMessageContaining("between 90 and 100");
        assertThatThrownBy(() -> Confidence.parseList("95%")).hasMessageContaining("'95%' is not a number");
    }

    @Test
    void exactPoissonLimitsSatisfyTheirDefiningEquations() {
        // the upper limit u of x events solves P(X <= x | u) = 0.025, the lower l solves P(X >= x | l) = 0.025
        for (int x = 1; x < 10; x++) {
            double upper = Byars.exactUpper(x, Confidence.NINETY_FIVE);
            double lower = Byars.exactLower(x, Confidence.NINETY_FIVE);
            assertThat(poissonCdf(x, upper)).isCloseTo(0.025, within(1e-12));
            assertThat(1 - poissonCdf(x - 1, lower)).isCloseTo(0.025, within(1e-12));
        }
        // with no events the upper limit is -ln(0.025) and the lower limit 0
        assertThat(Byars.exactUpper(0, Confidence.NINETY_FIVE)).isCloseTo(-Math.log(0.025), within(1e-12));
        assertThat(Byars.exactLower(0, Confidence.NINETY_FIVE)).isZero();
        assertThat(Byars.exactLower(5, Confidence.NINETY_FIVE)).isCloseTo(1.6234863901184207, within(TIGHT));
        assertThat(Byars.exactUpper(5, Confidence.NINETY_FIVE)).isCloseTo(11.66833207932267, within(TIGHT));
        assertThat(Byars.exactLower(5, Confidence.NINETY_NINE_POINT_EIGHT))
                .isCloseTo(0.7393717319178323, within(TIGHT));
        assertThat(Byars.exactUpper(5, Confidence.NINETY_NINE_POINT_EIGHT))
                .isCloseTo(16.454745203680105, within(TIGHT));
    }

    @Test
    void byarsLimitsFollowBreslowAndDay() {
        // 10 x (1 - 1/90 - z/(3 sqrt 10))^3 and 11 x (1 - 1/99 + z/(3 sqrt 11))^3
        assertThat(Byars.lower(10, Confidence.NINETY_FIVE)).isCloseTo(4.787449913967563, within(TIGHT));
        assertThat(Byars.upper(10, Confidence.NINETY_FIVE)).isCloseTo(18.391458605756473, within(TIGHT));
        assertThat(Byars.lower(1, Confidence.of(0.999)))
                .as("negative, so no limit")
                .isNaN();
    }

    @Test
    void wilsonScoreLimitsReproduceNewcombeAndAltmansWorkedExample() {
        // 81 of 263: 95% CI 0.2553 to 0.3662 (Statistics with confidence, 2nd edn, p 47)
        Estimate p = Proportions.of(81, 263, 1, NINETY_FIVE);
        assertThat(p.value()).isCloseTo(81.0 / 263, within(1e-15));
        assertThat(p.at(Confidence.NINETY_FIVE).lower()).isCloseTo(0.2552885198782742, within(TIGHT));
        assertThat(p.at(Confidence.NINETY_FIVE).upper()).isCloseTo(0.36620957698280004, within(TIGHT));
        // each limit p solves |p - 81/263| = z sqrt(p(1-p)/263)
        double z = Confidence.NINETY_FIVE.z();
        for (double limit :
                new double[] {p.limits().get(0).lower(), p.limits().get(0).upper()}) {
            assertThat(Math.abs(limit - 81.0 / 263)).isCloseTo(z * Math.sqrt(limit * (1 - limit) / 263), within(1e-12));
        }
        Estimate percent = Proportions.of(81, 263, 100, NINETY_FIVE);
        assertThat(percent.at(Confidence.NINETY_FIVE).upper()).isCloseTo(36.620957698280004, within(1e-8));
    }

    @Test
    void proportionsRejectImpossibleCounts() {
        assertThatThrownBy(() -> Proportions.of(5, 4, 1, NINETY_FIVE))
                .hasMessageContaining("less than or equal to denominator");
        assertThatThrownBy(() -> Proportions.of(1, 0, 1, NINETY_FIVE)).hasMessageContaining("greater than zero");
    }

    @Test
    void ratesUseExactLimitsBelowTenEventsAndByarsFromTen() {
        Estimate five = Rates.crude(5, 10_000, 100_000, Confidence.FINGERTIPS_PAIR);
        assertThat(five.value()).isEqualTo(50.0);
        assertThat(five.at(Confidence.NINETY_FIVE).lower()).isCloseTo(16.234863901184207, within(1e-8));
        assertThat(five.at(Confidence.NINETY_FIVE).upper()).isCloseTo(116.6833207932267, within(1e-8));
        assertThat(five.at(Confidence.NINETY_NINE_POINT_EIGHT).upper()).isCloseTo(164.54745203680105, within(1e-8));
        Estimate ten = Rates.crude(10, 10_000, 100_000, NINETY_FIVE);
        assertThat(ten.at(Confidence.NINETY_FIVE).lower()).isCloseTo(47.87449913967563, within(1e-8));
        assertThat(ten.at(Confidence.NINETY_FIVE).upper()).isCloseTo(183.91458605756473, within(1e-8));
    }

    @Test
    void meansUseStudentsT() {
        // 30, 40, 50, 60: mean 45, sd 12.9099, t(0.975, 3) = 3.182446
        Estimate mean = Means.of(List.of(30.0, 40.0, 50.0, 60.0), NINETY_FIVE);
        assertThat(mean.value()).isEqualTo(45.0);
        assertThat(mean.at(Confidence.NINETY_FIVE).lower()).isCloseTo(24.45739743239479, within(TIGHT));
        assertThat(mean.at(Confidence.NINETY_FIVE).upper()).isCloseTo(65.54260256760521, within(TIGHT));
        assertThat(Means.of(List.of(7.0), NINETY_FIVE)
                        .at(Confidence.NINETY_FIVE)
                        .lower())
                .as("one value: no limits")
                .isNaN();
    }

    static double poissonCdf(int x, double mean) {
        double term = Math.exp(-mean);
        double sum = term;
        for (int k = 1; k <= x; k++) {
            term *= mean / k;
            sum += term;
        }
        return sum;
    }
}
