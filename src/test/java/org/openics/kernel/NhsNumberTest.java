package org.openics.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void aNumberWithTheRightModulus11CheckDigitIsValid() {
        assertThat(new NhsNumber("9990000018").toString()).isEqualTo("999 000 0018");
        assertThat(NhsNumber.isValid("9000000009")).isTrue();
    }

    @Test
    void aWrongCheckDigitOrShapeIsRejectedWithItsReason() {
        assertThat(NhsNumber.check("9990000019")).contains("Modulus 11");
        assertThat(NhsNumber.check("999000001")).contains("not ten digits");
        assertThatThrownBy(() -> new NhsNumber("12345")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckDigitOfTenMeansTheNumberCannotBeValid() {
        String tenCheck = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> String.format("999000%03d", i))
                .filter(p -> {
                    int sum = 0;
                    for (int k = 0; k < 9; k++) {
                        sum += (p.charAt(k) - '0') * (10 - k);
                    }
                    return 11 - sum % 11 == 10;
                })
                .findFirst()
                .orElseThrow();
        for (int d = 0; d <= 9; d++) {
            assertThat(NhsNumber.isValid(tenCheck + d)).isFalse();
        }
    }
}
