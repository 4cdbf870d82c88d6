package org.openics.estates.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openics.estates.Condition;
import org.openics.estates.RoomType;
import org.openics.estates.Site;
import org.openics.estates.Tenure;
import org.openics.kernel.CsvRows;
import org.openics.kernel.Money;
import org.openics.registry.RejectedRow;

class EricSiteReaderTest {

    static final SiteDirectory DIRECTORY = new SiteDirectory() {
        @Override
        public boolean isOrganisation(String code) {
            return Set.of("RJ1", "QZZ").contains(code);
        }

        @Override
        public boolean isPlace(String code) {
            return code.equals("LCP-A");
        }

        @Override
        public Optional<String> placeOfLsoa(String lsoa) {
            return lsoa.equals("E01000001") ? Optional.of("LCP-A") : Optional.empty();
        }
    };

    static final String RETURN = """
            Trust Code,Site Code,Site Name,Gross internal floor area (m2),Place code,LSOA,Latitude,Longitude,Tenure,Condition,Cost to eradicate high risk backlog (£),Cost to eradicate significant risk backlog (£),Cost to eradicate moderate risk backlog (£),Cost to eradicate low risk backlog (£),Running cost (£),Clinical space utilisation (%),Unoccupied floor area (m²),Carbon emissions (tCO2e)
            RJ1,RJ101,Main Hospital,"12,000.5",LCP-A,,51.5,-0.09,Freehold,C,"1,000,000.00",200000,,,3500000,81.5,600,1200
            QZZ,QZZ01,Health Centre,800,,E01000001,51.45,-0.02,LIFT,B,,,,,,,,
            XYZ,X01,Unknown owner,800,,,,,,,,,,,,,,
            RJ1,RJ102,No area,,,,,,,,,,,,,,,
            RJ1,RJ103,Bad condition,100,,,,,,E,,,,,,,,
            RJ1,RJ104,Over full,100,,,,,,,,,,,,101,,
            RJ1,RJ105,Abroad,100,,,40.7,-74.0,,,,,,,,,,
            RJ1,RJ106,Fractional pence,100,,,,,,,10.005,,,,,,,
            RJ1,RJ107,Void too big,100,,,,,,,,,,,,,150,
            RJ1,RJ101,Twice,100,,,,,,,,,,,,,,
            """;

    @Test
    void goodSitesLoadAndEveryBadRowIsNamedWithItsReason() {
        ParsedSites parsed =
                EricSiteReader.read(CsvRows.parse("eric.csv", RETURN), LocalDate.of(2025, 4, 1), DIRECTORY);
        assertThat(parsed.read()).isEqualTo(10);
        assertThat(parsed.sites()).hasSize(2);
        assertThat(parsed.rejected())
                .extracting(RejectedRow::toString)
                .containsExactly(
                        "eric.csv:4: owner XYZ is not in the registry",
                        "eric.csv:5: Gross internal floor area (m²) is empty",
                        "eric.csv:6: Condition 'E' is not one of [A, B, C, D]",
                        "eric.csv:7: Clinical space utilisation (%) 101.0 is more than 100%",
                        "eric.csv:8: position 40.7, -74.0 is not in England",
                        "eric.csv:9: Cost to eradicate high risk backlog (£): '10.005' has fractions of a penny",
                        "eric.csv:10: site RJ107 has more void space than floor area",
                        "eric.csv:11: site RJ101 is on line 2 already");
        Site main = parsed.sites().get(0);
        assertThat(main.floorAreaM2()).isEqualTo(12_000.5);
        assertThat(main.tenure()).contains(Tenure.FREEHOLD);
        assertThat(main.condition()).contains(Condition.C);
        assertThat(main.backlog().high()).isEqualTo(Money.ofPounds(1_000_000));
        assertThat(main.backlog().critical()).isEqualTo(Money.ofPounds(1_200_000));
        assertThat(main.utilisation()).containsEntry(RoomType.CLINICAL, 81.5).doesNotContainKey(RoomType.OFFICE);
        assertThat(main.voidShare().orElseThrow())
                .isCloseTo(100 * 600 / 12_000.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(parsed.sites().get(1).place()).as("place from the LSOA").isEqualTo("LCP-A");
        assertThat(parsed.sites().get(1).runningCost()).isEmpty();
    }
}
