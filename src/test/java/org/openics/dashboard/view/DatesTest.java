package org.openics.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void isoDatesInAPeriodAreWrittenInTheNhsStyle() {
        assertThat(Dates.nhs("2025-07-01 to 2026-06-30")).isEqualTo("1 July 2025 to 30 June 2026");
        assertThat(Dates.nhs(LocalDate.of(2026, 9, 30))).isEqualTo("30 September 2026");
    }

    @Test
    void textWithoutADateAndImpossibleDatesStayAsTheyAre() {
        assertThat(Dates.nhs("2025/26")).isEqualTo("2025/26");
        assertThat(Dates.nhs("2026-02-30")).isEqualTo("2026-02-30");
        assertThat(Dates.nhs((String) null)).isNull();
    }

    @Test
    void aChartAxisShowsTheMonthAPeriodEnds() {
        assertThat(Dates.axis("2025-07-01 to 2025-09-30")).isEqualTo("September 2025");
        assertThat(Dates.axis("2025/26")).isEqualTo("2025/26");
    }
}
