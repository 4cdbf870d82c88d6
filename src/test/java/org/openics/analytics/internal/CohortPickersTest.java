package org.openics.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortPickersTest {

    private static List<String> rows(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void pickerRowsBecomeTheShortFormAndEmptyRowsAreIgnored() {
        assertThat(CohortPages.picked(
                        rows("59261-8", "", "85354-9"),
                        rows(">", "recorded", "absent"),
                        rows("58", "", ""),
                        rows("15", "", "12")))
                .containsExactly("59261-8>58@15m", "!85354-9@12m");
        assertThat(CohortPages.picked(rows("39156-5"), rows("<="), rows("30.5"), rows("")))
                .containsExactly("39156-5<=30.5");
        assertThat(CohortPages.picked(null, null, null, null)).isEmpty();
    }

    @Test
    void aComparisonWithoutANumberOrAValueWithoutAComparisonIsNamed() {
        assertThatThrownBy(() -> CohortPages.picked(rows("59261-8"), rows(">"), rows(""), rows("")))
                .hasMessage("observation 1 (HbA1c (mmol/mol)): give a number for 'latest value above'");
        assertThatThrownBy(() -> CohortPages.picked(rows("59261-8"), rows("recorded"), rows("58"), rows("")))
                .hasMessageContaining("a value goes with 'above'");
        assertThatThrownBy(() -> CohortPages.picked(rows("59261-8"), rows("recorded"), rows(""), rows("0")))
                .hasMessageContaining("whole number of months, not '0'");
    }
}
