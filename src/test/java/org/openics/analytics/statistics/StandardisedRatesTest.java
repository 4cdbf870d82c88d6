package org.openics.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Directly standardised rates (Dobson limits), their non-independent-events variant and indirectly
 * standardised ratios and rates, on worked examples computed by hand from the method descriptions.
 */
class StandardisedRatesTest {

    static final List<Confidence> NINETY_FIVE = List.of(Confidence.NINETY_FIVE);

    /** Three bands: 10/1000, 20/2000, 30/1500 on standard populations 3000, 5000, 2000. */
    static List<StandardisationBand> threeBands() {
        return List.of(
                new StandardisationBand("young", 10, 1000, 3000),
                new StandardisationBand("middle", 20, 2000, 5000),
                new StandardisationBand("old", 30, 1500, 2000));
    }

    @Test
    void directlyStandardisedRateHasDobsonLimits() {
        // DSR = (10*3 + 20*2.5 + 30*4/3) / 10000 = 120/10000 = 1200 per 100,000
        // var = (10*9 + 20*6.25 + 30*16/9) / 10000^2; limits = DSR + sqrt(var/60) (Byars(60) - 60) 100,000
        Estimate dsr = DirectlyStandardisedRates.of(threeBands(), 100_000, NINETY_FIVE);
        assertThat(dsr.value()).isCloseTo(1200, within(1e-9));
        assertThat(dsr.at(Confidence.NINETY_FIVE).lower()).isCloseTo(899.360217131461, within(1e-8));
        assertThat(dsr.at(Confidence.NINETY_FIVE).upper()).isCloseTo(1564.4418305466652, within(1e-8));
    }

    @Test
    void directlyStandardisedRateIsSuppressedBelowTenEvents() {
        List<StandardisationBand> few =
                List.of(new StandardisationBand("a", 4, 1000, 3000), new StandardisationBand("b", 5, 2000, 5000));
        Estimate dsr = DirectlyStandardisedRates.of(few, 100_000, Confidence.FINGERTIPS_PAIR);
        assertThat(dsr.hasValue()).isFalse();
        assertThat(dsr.limits()).allSatisfy(l -> assertThat(l.lower()).isNaN());
        assertThat(dsr.note()).contains("dsr NA for total count < 10");
    }

    @Test
    void europeanStandardPopulationHasNineteenBandsTotallingOneHundredThousand() {
        assertThat(EuropeanStandardPopulation.bands()).hasSize(19);
        assertThat(EuropeanStandardPopulation.bands().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isEqualTo(100_000);
        assertThat(EuropeanStandardPopulation.forBand("0-4")).contains(5000.0);
        assertThat(EuropeanStandardPopulation.forBand("05 - 09")).contains(5500.0);
        assertThat(EuropeanStandardPopulation.forBand("85-89")).contains(1500.0);
        assertThat(EuropeanStandardPopulation.forBand("90+")).contains(1000.0);
        assertThat(EuropeanStandardPopulation.forBand("70")).contains(5000.0);
        assertThat(EuropeanStandardPopulation.forBand("0-3")).isEmpty();
        assertThat(EuropeanStandardPopulation.forBand("85+")).isEmpty();
        assertThat(EuropeanStandardPopulation.labels()).startsWith("0-4", "5-9").endsWith("85-89", "90+");
    }

    @Test
    void esp2013RateOfAUniformPopulationIsTheCrudeRate() {
        // the same age-specific rate in every band standardises to that rate, whatever the weights
        List<StandardisationBand> bands = new ArrayList<>();
        for (String label : EuropeanStandardPopulation.labels()) {
            bands.add(new StandardisationBand(
                    label, 12, 8000, EuropeanStandardPopulation.forBand(label).orElseThrow()));
        }
        assertThat(DirectlyStandardisedRates.of(bands, 100_000, NINETY_FIVE).value())
                .isCloseTo(150, within(1e-9));
    }

    @Test
    void nonIndependentEventsKeepTheRateButWidenTheLimits() {
        // the same 60 admissions as threeBands(), now by how many each person had:
        // young 6 people x1 + 2 x2; middle 10 x1 + 5 x2; old 12 x1 + 6 x3 (zero rows for the other frequencies)
        double[][] people = {{6, 2, 0}, {10, 5, 0}, {12, 0, 6}};
        List<StandardisationBand> bands = threeBands();
        List<PersonFrequencyBand> rows = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            for (int f = 1; f <= 3; f++) {
                StandardisationBand band = bands.get(b);
                rows.add(new PersonFrequencyBand(
                        band.band(), f, people[b][f - 1], band.population(), band.standardPopulation()));
            }
        }
        // variance = sum over f of f^2 x (people with f events) weighted as in the DSR variance
        Estimate dsr = DirectlyStandardisedRates.ofNonIndependentEvents(rows, 100_000, NINETY_FIVE);
        assertThat(dsr.value()).isCloseTo(1200, within(1e-9));
        assertThat(dsr.at(Confidence.NINETY_FIVE).lower()).isCloseTo(819.0536780555956, within(1e-8));
        assertThat(dsr.at(Confidence.NINETY_FIVE).upper()).isCloseTo(1661.7910962573624, within(1e-8));
        assertThat(dsr.note()).hasValueSatisfying(n -> assertThat(n).contains("non-independent"));
    }

    @Test
    void nonIndependentRowsOfOneBandMustAgreeOnPopulation() {
        List<PersonFrequencyBand> rows = List.of(
                new PersonFrequencyBand("a", 1, 10, 1000, 3000), new PersonFrequencyBand("a", 2, 10, 999, 3000));
        assertThatThrownBy(() -> DirectlyStandardisedRates.ofNonIndependentEvents(rows, 100_000, NINETY_FIVE))
                .hasMessageContaining("different populations");
    }

    @Test
    void indirectlyStandardisedRatioAndRate() {
        // expected = 50/100000*1000 + 150/120000*2000 + 400/80000*1500 = 0.5 + 2.5 + 7.5 = 10.5; observed 9
        List<ReferenceBand> bands = List.of(
                new ReferenceBand("a", 2, 1000, 50, 100_000),
                new ReferenceBand("b", 3, 2000, 150, 120_000),
                new ReferenceBand("c", 4, 1500, 400, 80_000));
        Estimate ratio = IndirectlyStandardised.ratio(bands, 1, NINETY_FIVE);
        assertThat(ratio.value()).isCloseTo(9 / 10.5, within(1e-12));
        assertThat(ratio.at(Confidence.NINETY_FIVE).lower()).isCloseTo(0.39194029498841276, within(1e-9));
        assertThat(ratio.at(Confidence.NINETY_FIVE).upper()).isCloseTo(1.6271241382303967, within(1e-9));
        assertThat(IndirectlyStandardised.ratio(bands, 100, NINETY_FIVE).value())
                .isCloseTo(900 / 10.5, within(1e-10));
        // reference rate = 600 / 300,000 per 100,000 = 200
        Estimate rate = IndirectlyStandardised.rate(bands, 100_000, NINETY_FIVE);
        assertThat(rate.value()).isCloseTo(171.42857142857142, within(1e-9));
        assertThat(rate.at(Confidence.NINETY_FIVE).lower()).isCloseTo(78.38805899768255, within(1e-8));
        assertThat(rate.at(Confidence.NINETY_FIVE).upper()).isCloseTo(325.42482764607934, within(1e-8));
    }
}
