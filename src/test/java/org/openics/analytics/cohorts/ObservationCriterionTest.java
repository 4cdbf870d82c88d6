package org.openics.analytics.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObservationCriterionTest {

    @Test
    void hba1cAbove58InFifteenMonthsReadsFromTheShortForm() {
        ObservationCriterion c = ObservationCriterion.parse("59261-8>58@15m");
        assertThat(c.code()).isEqualTo("59261-8");
        assertThat(c.above()).isEqualTo(58.0);
        assertThat(c.withinMonths()).isEqualTo(15);
        assertThat(c.absent()).isFalse();
    }

    @Test
    void noBloodPressureInTwelveMonthsIsAnAbsentObservation() {
        ObservationCriterion c = ObservationCriterion.parse("!85354-9@12");
        assertThat(c.absent()).isTrue();
        assertThat(c.bounded()).isFalse();
        assertThat(c.withinMonths()).isEqualTo(12);
    }

    @Test
    void anUnreadableWindowIsRejectedWithTheExpectedForm() {
        assertThatThrownBy(() -> ObservationCriterion.parse("59261-8>58@last year"))
                .hasMessageContaining("@12m");
    }
}
