package org.openics.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsesPoundsExactlyAndRefusesFractionsOfAPenny() {
        assertThat(Money.parse("1,234.56").pence()).isEqualTo(123456);
        assertThat(Money.parse("-12").pence()).isEqualTo(-1200);
        assertThat(Money.parse("£0.10").pence()).isEqualTo(10);
        assertThatThrownBy(() -> Money.parse("1.005")).hasMessageContaining("fractions of a penny");
        assertThatThrownBy(() -> Money.parse("ten pounds")).hasMessageContaining("not an amount");
    }

    @Test
    void allocationAddsUpToTheSumToThePenny() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            Money sum = Money.ofPence(random.nextLong(-1_000_000_000L, 10_000_000_000L));
            int n = 1 + random.nextInt(40);
            List<BigDecimal> weights = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                weights.add(BigDecimal.valueOf(random.nextInt(1_000_000)).add(BigDecimal.ONE));
            }
            List<Money> parts = sum.allocate(weights);
            assertThat(Money.sum(parts)).isEqualTo(sum);
        }
    }

    @Test
    void largestRemaindersGetTheLeftOverPence() {
        // 100p in thirds: 33.33.. each, one penny left, to the first of the tied remainders
        List<Money> parts = Money.ofPence(100).allocate(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        assertThat(parts).extracting(Money::pence).containsExactly(34L, 33L, 33L);
        // 10p as 0.55 / 0.45: 5.5 and 4.5, tie on .5 goes to the first
        assertThat(Money.ofPence(10).allocate(List.of(new BigDecimal("0.55"), new BigDecimal("0.45"))))
                .extracting(Money::pence)
                .containsExactly(6L, 4L);
        // 7p as 1 / 2 / 4 (1, 2, 4 exactly): nothing left over
        assertThat(Money.ofPence(7).allocate(List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(4))))
                .extracting(Money::pence)
                .containsExactly(1L, 2L, 4L);
    }

    @Test
    void scalingRoundsAsStatedAndPrintsAsPeopleReadIt() {
        assertThat(Money.ofPence(1001)
                        .times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN)
                        .pence())
                .isEqualTo(500);
        assertThat(Money.ofPence(1001)
                        .times(new BigDecimal("0.5"), RoundingMode.HALF_UP)
                        .pence())
                .isEqualTo(501);
        assertThat(Money.ofPounds(1234).plus(Money.ofPence(56))).hasToString("£1,234.56");
        assertThatThrownBy(() -> Money.ofPence(1).allocate(List.of(BigDecimal.ZERO)))
                .hasMessageContaining("all zero");
    }
}
