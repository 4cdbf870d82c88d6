package org.openics.workforce.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openics.kernel.CsvRows;
import org.openics.registry.RejectedRow;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.StaffingFigure;

class WorkforceReadersTest {

    static final Directory DIRECTORY = new Directory() {
        @Override
        public boolean isOrganisation(String code) {
            return Set.of("RJ1", "RJZ", "P00001").contains(code);
        }

        @Override
        public boolean isPlace(String code) {
            return code.equals("LCP-A");
        }

        @Override
        public Optional<String> placeOfPractice(String practiceCode) {
            return practiceCode.equals("P00001") ? Optional.of("LCP-A") : Optional.empty();
        }
    };

    static final String STATISTICS = """
            Period,Org code,Staff group,Place code,FTE,HC,Establishment FTE,Leavers 12m HC,Sickness FTE days lost,Sickness FTE days available,Agency FTE,Bank FTE
            2026-09,RJ1,HCHS doctors,,100.5,110,110,12,50,2100,1.5,3
            2026-09,RJ1,Nurses & health visitors,LCP-A,200,230,,,,,,
            2026-09,RJX,HCHS doctors,,10,11,,,,,,
            2026-09,RJ1,Astronauts,,10,11,,,,,,
            2026-09,RJZ,Midwives,,ten,11,,,,,,
            2026-09,RJZ,Midwives,,10,0,,,,,,
            2026-09,RJZ,Midwives,,20,12,,,,,,
            2026-09,RJ1,HCHS doctors,,1,1,,,,,,
            2026-13,RJZ,Midwives,,1,1,,,,,,
            2026-09,RJZ,Midwives,,1,1,,,5,,,
            2026-09,RJZ
            """;

    @Test
    void goodRowsLoadAndEveryBadLineIsNamedWithItsReason() {
        ParsedReturn parsed = WorkforceStatisticsReader.read(CsvRows.parse("wf.csv", STATISTICS), DIRECTORY);
        assertThat(parsed.read()).isEqualTo(11);
        assertThat(parsed.loadedRows()).isEqualTo(2);
        assertThat(parsed.read())
                .isEqualTo(parsed.loadedRows() + parsed.rejected().size());
        assertThat(parsed.rejected())
                .extracting(RejectedRow::toString)
                .containsExactly(
                        "wf.csv:4: organisation RJX is not in the registry",
                        "wf.csv:5: staff group 'Astronauts' is not one the ICS plans by",
                        "wf.csv:6: FTE 'ten' is not a number",
                        "wf.csv:7: FTE 10.0 in post with a headcount of 0",
                        "wf.csv:8: FTE 20.0 is more than 1.25 per head of a headcount of 12",
                        "wf.csv:9: repeats the organisation, staff group, place and period of line 2",
                        "wf.csv:10: Period '2026-13' is not a date (YYYY-MM-DD or YYYY-MM)",
                        "wf.csv:11: Sickness FTE days lost and Sickness FTE days available come together or not at all",
                        "wf.csv:12: has 2 cells where the header has 12");
        StaffingFigure doctors = parsed.figures().get(0);
        assertThat(doctors.group()).isEqualTo(StaffGroup.MEDICAL);
        assertThat(doctors.period()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(doctors.establishmentFte().getAsDouble()).isEqualTo(110);
        assertThat(parsed.figures().get(1).group()).isEqualTo(StaffGroup.NURSING_MIDWIFERY);
        assertThat(parsed.figures().get(1).place()).isEqualTo("LCP-A");
        assertThat(parsed.figures().get(1).establishmentFte()).isEmpty();
    }

    @Test
    void aFileWithoutTheRequiredColumnsRejectsEveryRowNamingThem() {
        ParsedReturn parsed =
                WorkforceStatisticsReader.read(CsvRows.parse("bad.csv", "Org code,FTE\nRJ1,1\nRJZ,2\n"), DIRECTORY);
        assertThat(parsed.figures()).isEmpty();
        assertThat(parsed.rejected())
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.reason()).contains("Period, Staff group, HC"));
    }

    @Test
    void gpWorkforceRowsBecomeGpNurseAndPracticeStaffFiguresInThePracticesPlace() {
        String csv = """
                PRAC_CODE,TOTAL_PATIENTS,TOTAL_GP_FTE,TOTAL_GP_HC,TOTAL_NURSES_FTE,TOTAL_NURSES_HC,TOTAL_DPC_FTE,TOTAL_DPC_HC,TOTAL_ADMIN_FTE,TOTAL_ADMIN_HC
                P00001,9000,4.5,6,2,3,1.5,2,8,11
                Q99999,9000,4.5,6,2,3,1.5,2,8,11
                """;
        ParsedReturn parsed =
                GpWorkforceReader.read(CsvRows.parse("gp.csv", csv), LocalDate.of(2026, 9, 30), DIRECTORY);
        assertThat(parsed.loadedRows()).isEqualTo(1);
        assertThat(parsed.rejected())
                .extracting(RejectedRow::toString)
                .containsExactly("gp.csv:3: practice Q99999 is not a GP practice in a place of the registry");
        assertThat(parsed.figures())
                .extracting(
                        StaffingFigure::group,
                        StaffingFigure::inPostFte,
                        StaffingFigure::headcount,
                        StaffingFigure::place)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StaffGroup.GP, 4.5, 6, "LCP-A"),
                        org.assertj.core.groups.Tuple.tuple(StaffGroup.NURSING_MIDWIFERY, 2.0, 3, "LCP-A"),
                        org.assertj.core.groups.Tuple.tuple(StaffGroup.PRACTICE_STAFF, 9.5, 13, "LCP-A"));
        assertThat(parsed.figures()).allSatisfy(f -> assertThat(f.period()).isEqualTo(LocalDate.of(2026, 9, 1)));
    }
}
