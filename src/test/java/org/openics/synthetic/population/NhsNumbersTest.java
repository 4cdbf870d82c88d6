package org.openics.synthetic.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openics.kernel.NhsNumber;

class NhsNumbersTest {

    @Test
    void theNthPersonGetsTheSameNumberAsBeforeTheKernelTookOverTheCheck() {
        NhsNumbers numbers = new NhsNumbers();
        assertThat(numbers.number(0)).isEqualTo("9991234578");
        assertThat(numbers.number(1)).isEqualTo("9991313761");
        assertThat(numbers.number(2)).isEqualTo("9991392955");
        assertThat(numbers.nhsNumber(2)).isEqualTo(new NhsNumber("9991392955"));
    }

    @Test
    void aPopulationLargerThanThe999BlockContinuesInto998() {
        NhsNumbers numbers = new NhsNumbers();
        assertThat(numbers.number(909_090)).isEqualTo("9991155384");
        assertThat(numbers.number(909_091)).isEqualTo("9981234575");
        assertThat(numbers.number(909_092)).isEqualTo("9981313769");
    }

    @Test
    void everyNumberHandedOutPassesTheKernelsModulus11Check() {
        NhsNumbers numbers = new NhsNumbers();
        assertThat(IntStream.range(0, 20_000)
                        .mapToObj(numbers::number)
                        .filter(n -> !NhsNumber.isValid(n))
                        .toList())
                .isEmpty();
        assertThat(NhsNumber.checkDigit(999_000_001L)).isEqualTo(8);
    }
}
