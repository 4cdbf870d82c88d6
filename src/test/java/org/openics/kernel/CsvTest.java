package org.openics.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuotedAndLinesEndInCrlf() {
        String csv = Csv.withHeader("name", "note")
                .row("Okafor, Harriet", "said \"yes\"\nthen left")
                .toString();
        assertThat(csv).isEqualTo("name,note\r\n\"Okafor, Harriet\",\"said \"\"yes\"\"\nthen left\"\r\n");
    }

    @Test
    void formulasAreShownAsTextButNegativeNumbersStayNumbers() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("+44 20")).isEqualTo("'+44 20");
        assertThat(Csv.cell("-12.5")).isEqualTo("-12.5");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
