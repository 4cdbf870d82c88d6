package org.openics.analytics.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributableDeathsMethodTest {

    /**
     * The published borough table for Lambeth: 10,692 deaths observed, 5,837 expected at the least deprived
     * quintile's rates, 4,855 attributable, 45%. The age groups below are made up so that they add up to those
     * totals, with expected deaths that come only from applying the reference rates to the local population.
     */
    @Test
    void reproducesTheLambethRow() {
        List<AttributableDeathsMethod.Group> groups = List.of(
                // under 75: 3,000 deaths in 150,000 people; least deprived: 1,000 in 100,000 (1%) -> 1,500 expected
                new AttributableDeathsMethod.Group("under 75", 3_000, 150_000, 1_000, 100_000),
                // 75 and over: 7,692 deaths in 40,000 people; least deprived: 2,168.5 in 20,000 -> 4,337 expected
                new AttributableDeathsMethod.Group("75+", 7_692, 40_000, 2_168.5, 20_000));
        AttributableDeathsMethod.Result r = AttributableDeathsMethod.of(groups);
        assertThat(r.observed()).isEqualTo(10_692);
        assertThat(r.expected()).isCloseTo(5_837, within(1e-9));
        assertThat(r.attributable()).isCloseTo(4_855, within(1e-9));
        assertThat(r.share()).isCloseTo(4_855.0 / 10_692, within(1e-12));
        assertThat(r.sharePercent()).isEqualTo(45);
    }

    @Test
    void sharesRoundHalfUpToWholePercentages() {
        assertThat(AttributableDeathsMethod.fromTotals(200, 109).sharePercent()).isEqualTo(46); // 45.5% -> 46%
        assertThat(AttributableDeathsMethod.fromTotals(200, 110).sharePercent()).isEqualTo(45); // 45.0%
        assertThat(AttributableDeathsMethod.fromTotals(10_692, 5_837).sharePercent())
                .isEqualTo(45); // 45.41%
    }

    @Test
    void fewerDeathsThanExpectedGiveANegativeCountAndNoDeathsNoShare() {
        AttributableDeathsMethod.Result fewer = AttributableDeathsMethod.of(
                List.of(new AttributableDeathsMethod.Group("all", 80, 10_000, 100, 10_000)));
        assertThat(fewer.attributable()).isEqualTo(-20);
        assertThat(fewer.share()).isEqualTo(-0.25);
        assertThat(AttributableDeathsMethod.fromTotals(0, 3).share()).isNaN();
    }

    @Test
    void aGroupWithoutReferencePopulationAddsNoExpectedDeaths() {
        AttributableDeathsMethod.Result r = AttributableDeathsMethod.of(List.of(
                new AttributableDeathsMethod.Group("90+", 5, 100, 0, 0),
                new AttributableDeathsMethod.Group("85-89", 10, 1_000, 50, 5_000)));
        assertThat(r.observed()).isEqualTo(15);
        assertThat(r.expected()).isCloseTo(10, within(1e-12));
    }
}
