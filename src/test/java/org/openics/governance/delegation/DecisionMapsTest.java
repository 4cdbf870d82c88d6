package org.openics.governance.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openics.governance.DecisionMap;
import org.openics.governance.Fixtures;
import org.openics.governance.Level;
import org.openics.governance.MapEntry;

class DecisionMapsTest {

    final DecisionMaps maps = new DecisionMaps(Fixtures.demo(), Fixtures.southEastLondon());

    @Test
    void placeCommitteesAppearForPrimaryCareOnlyOnceTheDelegationTookEffect() {
        DecisionMap march = maps.on(LocalDate.of(2026, 3, 31));
        DecisionMap april = maps.on(LocalDate.of(2026, 4, 1));
        assertThat(march.at(Level.PLACE)).noneMatch(e -> e.function().equals("PRIMARY_MEDICAL"));
        assertThat(april.at(Level.PLACE))
                .filteredOn(e -> e.function().equals("PRIMARY_MEDICAL"))
                .hasSize(6);
        assertThat(april.at(Level.NEIGHBOURHOOD)).extracting(MapEntry::entry).containsExactly("SORD-8.3");
        assertThat(march.at(Level.NEIGHBOURHOOD)).isEmpty();
    }

    @Test
    void eachLineIsAPlainEnglishSentenceNamingWhoDecidesAndWithinWhatLimit() {
        MapEntry lambeth = maps.on(LocalDate.of(2026, 6, 1)).entries().stream()
                .filter(e -> e.entry().equals("SORD-3.3-LAMBETH"))
                .findFirst()
                .orElseThrow();
        assertThat(lambeth.plainEnglish())
                .isEqualTo("Lambeth Local Care Partnership Committee decides: commissioning primary medical"
                        + " services (GP contracts) for Lambeth Local Care Partnership where the value is up to £3,000,000."
                        + " Primary Care Commissioning Committee has delegated to a place committee since 2026-04-01.");
        MapEntry board = maps.on(LocalDate.of(2026, 6, 1)).entries().stream()
                .filter(e -> e.entry().equals("SORD-3.1"))
                .findFirst()
                .orElseThrow();
        assertThat(board.plainEnglish())
                .endsWith(
                        "NHS England has delegated this to NHS South East London (synthetic) ICB board since 2022-07-01.");
        assertThat(board.level()).isEqualTo(Level.SYSTEM);
    }
}
