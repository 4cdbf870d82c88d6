package org.openics.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryMatchTest {

    @Test
    void realLsoasAgainstInventedOnesMatchNoneAndSayNothingIsToBeDrawn() {
        RegistryMatch match = RegistryMatch.of(
                BoundaryLevel.LSOA, List.of("E01000001", "E01000002", "E01000003"), List.of("E01Z10001", "E01Z10002"));
        assertThat(match.matched()).isZero();
        assertThat(match.unmatched()).isEqualTo(3);
        assertThat(match.unmatchedExamples()).containsExactly("E01000001", "E01000002", "E01000003");
        assertThat(match.registryAreasNotInFile()).isEqualTo(2);
        assertThat(match.warning()).isEqualTo("none of the 3 areas is an LSOA of the registry; nothing to draw");
        assertThat(match.because(BoundaryLevel.LSOA, "the demo's LSOAs are invented")
                        .warning())
                .isEqualTo(
                        "none of the 3 areas is an LSOA of the registry — the demo's LSOAs are invented; nothing to draw");
    }

    @Test
    void aPlaceBoundaryMatchesThePlaceCodedByItsLocalAuthorityAndFewMatchesAreWarnedOf() {
        RegistryMatch match = RegistryMatch.of(
                BoundaryLevel.PLACE,
                List.of("E09000022", "E09000001", "E09000002", "E09000003"),
                List.of("LCP-E09000022", "LCPZ-E09000023"));
        assertThat(match.matched()).isOne();
        assertThat(match.registryAreasNotInFile()).isOne();
        assertThat(match.warning())
                .isEqualTo("only 1 of the 4 areas is a place of the registry; the other 3 are not drawn");
        // the reason for none is not added when some match
        assertThat(match.because(BoundaryLevel.PLACE, "x").warning()).isEqualTo(match.warning());
    }

    @Test
    void mostAreasMatchingGiveNoWarningAndAnEmptyRegistrySaysSo() {
        assertThat(RegistryMatch.of(BoundaryLevel.LSOA, List.of("A", "B"), List.of("A", "B", "C"))
                        .warning())
                .isNull();
        assertThat(RegistryMatch.of(BoundaryLevel.LSOA, List.of("A", "B"), List.of())
                        .warning())
                .isEqualTo("the registry holds no LSOAs: none of the 2 areas can be drawn until it does");
    }
}
