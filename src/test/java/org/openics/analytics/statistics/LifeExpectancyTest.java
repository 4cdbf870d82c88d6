package org.openics.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chiang II life tables with Silcocks' final-band variance, on the worked example published with the PHE
 * life expectancy calculator and PHEindicatormethods (values to 4 decimal places, as published), and the
 * package's suppression rules.
 */
class LifeExpectancyTest {

    static final double[] POPULATION = {
        7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416, 46411, 39820, 37978, 37039,
        33288, 23306, 11936, 11936
    };
    static final double[] DEATHS = {
        17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937
    };
    static final List<Confidence> NINETY_FIVE = List.of(Confidence.NINETY_FIVE);

    static List<LifeTableBand> table(double[] population, double[] deaths) {
        List<LifeTableBand> bands = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bands.add(new LifeTableBand(LifeExpectancy.START_AGES.get(i), deaths[i], population[i]));
        }
        return bands;
    }

    @Test
    void reproducesThePublishedWorkedExample() {
        List<LifeExpectancy.AtAge> result = LifeExpectancy.of(table(POPULATION, DEATHS), NINETY_FIVE);
        assertThat(result).hasSize(20);
        double[] published = {
            80.1696, 79.3625, 75.4419, 70.4730, 65.5291, 60.6751, 55.7884, 50.9275, 46.0674, 41.2451, 36.4932, 31.8334,
            27.2603, 22.9719, 18.7686, 14.9586, 11.5168, 8.6188, 6.1639, 6.1621
        };
        for (int i = 0; i < 20; i++) {
            assertThat(result.get(i).estimate().value())
                    .as("at %d", result.get(i).startAge())
                    .isCloseTo(published[i], within(0.00005));
        }
        Limits atBirth = result.get(0).estimate().at(Confidence.NINETY_FIVE);
        assertThat(atBirth.lower()).isCloseTo(79.8827, within(0.00005));
        assertThat(atBirth.upper()).isCloseTo(80.4565, within(0.00005));
        Limits at90 = result.get(19).estimate().at(Confidence.NINETY_FIVE);
        assertThat(at90.lower()).isCloseTo(5.8877, within(0.00005));
        assertThat(at90.upper()).isCloseTo(6.4365, within(0.00005));
    }

    @Test
    void theOpenLastBandLastsOneOverItsDeathRate() {
        // in the 90+ band e = T/l = (l/M)/l = 1/M = 11936/1937
        List<LifeExpectancy.AtAge> result = LifeExpectancy.of(table(POPULATION, DEATHS), NINETY_FIVE);
        assertThat(result.get(19).estimate().value()).isCloseTo(11936.0 / 1937, within(1e-12));
        // Silcocks: var(e90) = 4 / (D M^2) x (l/2)^2 / l^2 = 1 / (D M^2)
        double se = Math.sqrt(1 / (1937 * Math.pow(1937.0 / 11936, 2)));
        assertThat(result.get(19).estimate().at(Confidence.NINETY_FIVE).upper())
                .isCloseTo(11936.0 / 1937 + Confidence.NINETY_FIVE.z() * se, within(1e-12));
    }

    @Test
    void valuesWithAnIntervalWiderThanTwentyYearsAreSuppressedButKeepTheirLimits() {
        double[] population = {
            270, 235, 246, 248, 243, 238, 246, 257, 261, 355, 350, 356, 346, 339, 337, 337, 333, 323, 311, 311
        };
        double[] deaths = {17, 9, 4, 8, 20, 15, 24, 33, 50, 51, 10, 16, 26, 30, 36, 22, 13, 5, 6, 1};
        List<LifeExpectancy.AtAge> result = LifeExpectancy.of(table(population, deaths), NINETY_FIVE);
        assertThat(result.get(0).estimate().value()).isCloseTo(19.2291, within(0.00005));
        assertThat(result.get(8).estimate().value()).isCloseTo(11.9585, within(0.00005));
        assertThat(result.subList(9, 20)).allSatisfy(at -> {
            assertThat(at.estimate().hasValue()).isFalse();
            assertThat(at.estimate().at(Confidence.NINETY_FIVE).upper()).isFinite();
        });
        assertThat(result.get(9).estimate().at(Confidence.NINETY_FIVE).upper()).isCloseTo(50.2977, within(0.00005));
        assertThat(result.get(19).estimate().at(Confidence.NINETY_FIVE).lower()).isCloseTo(-298.5488, within(0.00005));
    }

    @Test
    void tablesThatCannotBeTrustedAreSuppressedWhole() {
        double[] deaths = DEATHS.clone();
        deaths[18] = POPULATION[18] + 1;
        assertWhollySuppressed(table(POPULATION, deaths), "more deaths than population");
        double[] negative = DEATHS.clone();
        negative[3] = -5;
        assertWhollySuppressed(table(POPULATION, negative), "negative deaths");
        double[] zero = POPULATION.clone();
        zero[5] = 0;
        assertWhollySuppressed(table(zero, DEATHS), "zero or less population");
        double[] small = new double[20];
        java.util.Arrays.fill(small, 250);
        double[] fewDeaths = new double[20];
        java.util.Arrays.fill(fewDeaths, 2);
        assertWhollySuppressed(table(small, fewDeaths), "5,000 or less");
        assertWhollySuppressed(table(POPULATION, DEATHS).subList(0, 19), "20 age bands");
    }

    @Test
    void severalConfidenceLevelsAtOnce() {
        List<LifeExpectancy.AtAge> result = LifeExpectancy.of(table(POPULATION, DEATHS), Confidence.FINGERTIPS_PAIR);
        Estimate atBirth = result.get(0).estimate();
        double halfWidth95 =
                atBirth.value() - atBirth.at(Confidence.NINETY_FIVE).lower();
        double halfWidth998 =
                atBirth.value() - atBirth.at(Confidence.NINETY_NINE_POINT_EIGHT).lower();
        assertThat(halfWidth998 / halfWidth95)
                .isCloseTo(Confidence.NINETY_NINE_POINT_EIGHT.z() / Confidence.NINETY_FIVE.z(), within(1e-12));
    }

    private static void assertWhollySuppressed(List<LifeTableBand> bands, String reason) {
        List<LifeExpectancy.AtAge> result = LifeExpectancy.of(bands, NINETY_FIVE);
        assertThat(result).hasSize(bands.size()).allSatisfy(at -> {
            assertThat(at.estimate().hasValue()).isFalse();
            assertThat(at.estimate().at(Confidence.NINETY_FIVE).lower()).isNaN();
            assertThat(at.estimate().note())
                    .hasValueSatisfying(n -> assertThat(n).contains(reason));
        });
    }
}
