package org.openics.record.optout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.kernel.NhsNumber;

class OptOutListTest {

    @Test
    void aListReconcilesReadWithAcceptedRepeatedAndRejectedLinesNamingFileAndLine() {
        OptOutList.Parsed parsed = OptOutList.parse(
                "ndoo.csv",
                List.of(
                        "nhs_number,date",
                        "999 000 0018,2026-11-01",
                        "",
                        "# a comment",
                        "9990000026",
                        "9990000018",
                        "1234567890",
                        "abc,x"));
        assertThat(parsed.accepted()).containsExactly(new NhsNumber("9990000018"), new NhsNumber("9990000026"));
        assertThat(parsed.read()).isEqualTo(5);
        assertThat(parsed.repeated()).isEqualTo(1);
        assertThat(parsed.rejected())
                .extracting(Object::toString)
                .containsExactly(
                        "ndoo.csv:7: NHS number 1234567890 fails the Modulus 11 check",
                        "ndoo.csv:8: NHS number 'abc' is not ten digits");
        assertThat(parsed.read())
                .isEqualTo(parsed.accepted().size()
                        + parsed.repeated()
                        + parsed.rejected().size());
    }

    @Test
    void aFirstLineWithAnNhsNumberIsAPersonNotAHeader() {
        OptOutList.Parsed parsed = OptOutList.parse("list.txt", List.of("\uFEFF9990000018", "\"9990000026\""));
        assertThat(parsed.accepted()).hasSize(2);
        assertThat(parsed.rejected()).isEmpty();
    }
}
