package org.openics.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KernelCodesTest {

    @Test
    void lsoaCodesAreEnglishOrWelshAndSyntheticOnesAreMarked() {
        assertThat(LsoaCode.of(" e01000001 ").value()).isEqualTo("E01000001");
        assertThat(LsoaCode.of("E01Z10001").synthetic()).isTrue();
        assertThat(LsoaCode.of("W01000002").synthetic()).isFalse();
        assertThat(LsoaCode.isValid("E02000001")).isFalse();
        assertThatThrownBy(() -> LsoaCode.of("E0100001")).hasMessageContaining("not an LSOA code");
        assertThatThrownBy(() -> LsoaCode.of(" ")).hasMessage("LSOA code is missing");
    }

    @Test
    void placeAndOdsCodesAreUpperCasedAndShaped() {
        assertThat(PlaceCode.of("lcpz-e09000022").value()).isEqualTo("LCPZ-E09000022");
        assertThat(OdsCode.of("g85001")).isEqualTo(OdsCode.of("G85001"));
        assertThatThrownBy(() -> PlaceCode.of("Lambeth place")).hasMessageContaining("not a place code");
        assertThatThrownBy(() -> OdsCode.of("G")).hasMessageContaining("not a valid code");
    }

    @Test
    void aPseudonymIsTwentyFourHexDigitsAndNeverAnNhsNumber() {
        assertThat(Pseudonym.of("0123456789abcdef01234567").value()).hasSize(24);
        assertThatThrownBy(() -> Pseudonym.of("9000000009")).hasMessageContaining("not a pseudonym");
        assertThatThrownBy(() -> Pseudonym.of("0123456789ABCDEF01234567")).hasMessageContaining("not a pseudonym");
    }
}
