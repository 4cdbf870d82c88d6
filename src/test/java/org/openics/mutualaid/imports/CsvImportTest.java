package org.openics.mutualaid.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openics.mutualaid.DiagnosticCapacity;
import org.openics.mutualaid.Modality;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.SiteKind;
import org.openics.registry.RejectedRow;

class CsvImportTest {

    static final String SITES = """
            code,name,provider,provider_name,kind,latitude,longitude
            RJ121,St Thomas' Hospital,RJ1,Guy's and St Thomas',hospital,51.4987,-0.1180
            ZCD09,"Sidcup CDC, east",ZCD,CDCs,cdc,51.4194,0.1024
            BAD 1,Nowhere,RJ1,x,hospital,51.5,0.1
            ZIS02,Swapped,ZIS,Independent,independent,0.19,51.27
            ZIS03,Kind,ZIS,Independent,clinic,51.27,0.19
            rj121,Again,RJ1,x,hospital,51.5,-0.1
            ZIS04,Short,ZIS
            """;

    @Test
    void everySiteRowIsLoadedOrRejectedNamingItsLineAndFieldAndTheCountsReconcile() {
        CsvImport.Parsed<Site> parsed = CsvImport.sites("sites.csv", SITES);
        assertThat(parsed.read())
                .isEqualTo(7)
                .isEqualTo(parsed.values().size() + parsed.rejected().size());
        assertThat(parsed.values()).extracting(Site::code).containsExactly("RJ121", "ZCD09");
        assertThat(parsed.values().get(1).kind()).isEqualTo(SiteKind.CDC);
        assertThat(parsed.values().get(1).name()).isEqualTo("Sidcup CDC, east");
        assertThat(parsed.rejected())
                .extracting(RejectedRow::toString)
                .containsExactly(
                        "sites.csv:4: code: 'BAD 1' is not a code (letters and digits, 3–9 long)",
                        "sites.csv:5: latitude: 0.19 is outside Great Britain (49.8 to 60.9)",
                        "sites.csv:6: kind: is hospital, independent or cdc, not 'clinic'",
                        "sites.csv:7: code: repeats RJ121 of an earlier line",
                        "sites.csv:8: row: has 3 fields, the header 7");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedWholeNamingTheColumn() {
        assertThatThrownBy(() -> CsvImport.sites(
                        "sites.csv", "code,name,provider,kind,latitude,longitude\nRJ121,x,RJ1,hospital,51.5,0\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sites.csv:1: no column provider_name (the header needs "
                        + "code,name,provider,provider_name,kind,latitude,longitude)");
    }

    @Test
    void capacityNeedsARegisteredSiteADm01ModalityAndNoMoreOfferedThanDone() {
        CsvImport.Parsed<DiagnosticCapacity> parsed = CsvImport.capacity("cap.csv", """
                site,modality,tests_per_week,offered_per_week
                ZCD01,mri,100,80
                ZCD01,PET,100,80
                ZXX99,CT,100,80
                ZCD01,CT,50,60
                ZCD01,MRI,10,0
                ZCD01,NOUS,lots,1
                """, Set.of("ZCD01"));
        assertThat(parsed.values()).containsExactly(new DiagnosticCapacity("ZCD01", Modality.MRI, 100, 80));
        assertThat(parsed.rejected())
                .extracting(RejectedRow::reason)
                .containsExactly(
                        "modality: 'PET' is not one of " + Modality.codes(),
                        "site: no site ZXX99 is registered (load it with the sites import first)",
                        "offered_per_week: 60 is more than the tests a week (50)",
                        "site: repeats ZCD01 MRI of an earlier line",
                        "tests_per_week: is a whole number, not 'lots'");
        assertThat(parsed.read()).isEqualTo(6);
    }

    @Test
    void aReturnRejectsNegativeCountsAndRepeatedCells() {
        CsvImport.Parsed<org.openics.mutualaid.DiagnosticWaiting> parsed = CsvImport.waits("dm01.csv", """
                provider,modality,weeks_waited,waiting
                RJ1,MRI,0,120
                RJ1,MRI,7,-3
                RJ1,MRI,0,5
                RJ1,ECHO,13,4
                """);
        assertThat(parsed.values()).hasSize(2);
        assertThat(parsed.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L);
        assertThat(parsed.rejected().get(0).reason()).isEqualTo("waiting: -3 is outside 0–1000000");
    }

    @Test
    void anOfferThatHasExpiredOrNamesNoTreatmentFunctionIsRejected() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        CsvImport.Parsed<CsvImport.OfferRow> parsed = CsvImport.offers("offers.csv", """
                site,specialty,slots_per_week,weeks,expires
                ZIS01,110,20,12,2027-03-31
                ZIS01,110,20,12,2026-12-01
                ZIS01,T&O,20,12,2027-03-31
                ZIS01,130,0,12,2027-03-31
                """, Set.of("ZIS01"), today);
        assertThat(parsed.values())
                .containsExactly(new CsvImport.OfferRow("ZIS01", "110", 20, 12, LocalDate.of(2027, 3, 31)));
        assertThat(parsed.rejected())
                .extracting(RejectedRow::reason)
                .containsExactly(
                        "expires: the offer expired on 2026-12-01",
                        "specialty: is a three-digit treatment function code, not 'T&O'",
                        "slots_per_week: 0 is outside 1–100000");
    }

    @Test
    void anUnreadableFileIsRefusedWhole() {
        assertThatThrownBy(() -> CsvImport.waits("dm01.csv", "provider,modality,weeks_waited,waiting\nRJ1,\"MRI,0,1\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dm01.csv: not a readable CSV file");
    }
}
