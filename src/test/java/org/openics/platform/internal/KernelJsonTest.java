package org.openics.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.junit.jupiter.api.Test;
import org.openics.finance.Budget;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;
import org.openics.kernel.PlaceCode;
import org.openics.kernel.Pseudonym;

class KernelJsonTest {

    final ObjectMapper json =
            new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new KernelJson().kernelCodesJson());

    record Codes(OdsCode organisation, PlaceCode place, Pseudonym pseudonym) {}

    @Test
    void aMapperThatFindsItsModulesAsTheCommandLinesJsonDoesWritesTheCodesAsStrings() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertThat(found.writeValueAsString(new Codes(OdsCode.of("RJ1"), null, null)))
                .isEqualTo("{\"organisation\":\"RJ1\",\"place\":null,\"pseudonym\":null}");
    }

    @Test
    void theKernelCodesAreWrittenAndReadAsThePlainStringsTheyAlwaysWere() throws Exception {
        Codes codes =
                new Codes(OdsCode.of("RJ1"), PlaceCode.of("LCPZ-E09000022"), Pseudonym.of("0123456789abcdef01234567"));
        String text = json.writeValueAsString(codes);
        assertThat(text)
                .isEqualTo(
                        "{\"organisation\":\"RJ1\",\"place\":\"LCPZ-E09000022\",\"pseudonym\":\"0123456789abcdef01234567\"}");
        assertThat(json.readValue(text, Codes.class)).isEqualTo(codes);
    }

    @Test
    void aBudgetPostedAsBeforeIsReadWithItsCodesAndABlankPlaceIsNone() throws Exception {
        Budget budget = json.readValue(
                "{\"code\":\"B1\",\"name\":\"Budget\",\"holder\":\"BOARD\",\"function\":\"FINANCIAL_DUTIES\",\"place\":\"\","
                        + "\"organisation\":\"qzz\",\"pool\":null,\"amount\":{\"pence\":100},\"year\":\"2026/27\"}",
                Budget.class);
        assertThat(budget.organisation()).isEqualTo(OdsCode.of("QZZ"));
        assertThat(budget.place()).isNull();
        assertThat(budget.amount()).isEqualTo(Money.ofPence(100));
        assertThat(json.writeValueAsString(budget)).contains("\"place\":null,\"organisation\":\"QZZ\"");
    }

    @Test
    void aBadCodeIsRefusedNamingIt() {
        assertThatThrownBy(
                        () -> json.readValue("{\"organisation\":\"R\",\"place\":null,\"pseudonym\":null}", Codes.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("'R' is not a valid code");
        assertThatThrownBy(() -> json.readValue(
                        "{\"organisation\":null,\"place\":null,\"pseudonym\":\"9434765919\"}", Codes.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("is not a pseudonym");
    }
}
