package org.openics.record.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.kernel.NhsNumber;

class DemographicsTest {

    @Test
    void theMatchKeyIgnoresCaseSpacesAndPunctuation() {
        LocalDate born = LocalDate.of(1990, 7, 7);
        assertThat(new Demographics("O'Brien", "Cat", born, "SE2 2BB").matchKey())
                .isEqualTo(new Demographics("OBRIEN", "cat", born, "se22bb").matchKey());
    }

    @Test
    void aPartialRecordHasNoMatchKeyAndStaysUnverified() {
        Demographics noPostcode = new Demographics("Jones", "Cat", LocalDate.of(1990, 7, 7), null);
        assertThat(noPostcode.matchKey()).isEmpty();
        assertThat(LinkMethod.strongest(Optional.empty(), noPostcode)).isEqualTo(LinkMethod.UNVERIFIED);
        assertThat(LinkMethod.strongest(Optional.of(new NhsNumber("9990000018")), noPostcode))
                .isEqualTo(LinkMethod.NHS_NUMBER);
    }
}
