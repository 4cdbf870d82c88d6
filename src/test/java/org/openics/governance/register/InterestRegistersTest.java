package org.openics.governance.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openics.governance.InterestRegister;
import org.openics.governance.model.GovernanceModel;

class InterestRegistersTest {

    static final GovernanceModel DEMO = org.openics.governance.internal.DemoModel.model();
    static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    final InterestRegister register = InterestRegisters.asAt(
            DEMO, JUNE, code -> Map.of("RJ1", "Guy's and St Thomas'").getOrDefault(code, code));

    @Test
    void everyoneHoldingASeatThatDayIsOnTheRegisterOnceWithAllTheirSeats() {
        long seated = DEMO.appointments().stream()
                .filter(a -> a.inForceOn(JUNE))
                .filter(a -> DEMO.body(a.body()).orElseThrow().inForceOn(JUNE))
                .map(a -> a.person())
                .distinct()
                .count();
        assertThat(register.entries()).hasSize((int) seated);
        assertThat(register.entries())
                .extracting(InterestRegister.Entry::person)
                .doesNotHaveDuplicates();
        InterestRegister.Entry chair = entry("chair");
        assertThat(chair.seats()).extracting(InterestRegister.Seat::role).contains("Chair");
        assertThat(chair.nil()).isTrue();
    }

    @Test
    void declaredInterestsAndOfficesHeldElsewhereAreListedWithTheOrganisationsName() {
        InterestRegister.Entry lay = entry("lam-lay");
        assertThat(lay.interests()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("Non-financial personal interest");
            assertThat(d.organisationName()).isEqualTo("Guy's and St Thomas'");
            assertThat(d.description()).isEqualTo("spouse is a consultant at the trust");
        });
        assertThat(entry("ned-2").offices())
                .singleElement()
                .satisfies(o -> assertThat(o.office()).isEqualTo("non-executive director"));
        assertThat(register.declarations())
                .isEqualTo(register.entries().stream()
                        .mapToInt(e -> e.offices().size() + e.interests().size())
                        .sum())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void aSeatThatHasEndedLeavesTheRegister() {
        assertThat(InterestRegisters.asAt(DEMO, LocalDate.of(2026, 3, 1), c -> c)
                        .entries())
                .extracting(InterestRegister.Entry::person)
                .contains("pm-gp");
        assertThat(register.entries())
                .extracting(InterestRegister.Entry::person)
                .doesNotContain("pm-gp");
    }

    @Test
    void theCsvHasOneRowPerDeclarationOrNilDeclaration() {
        List<String> lines = InterestRegisters.csv(register).lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("as_at,person,name,seats,type,organisation_code,organisation,description,from,to");
        long nil =
                register.entries().stream().filter(InterestRegister.Entry::nil).count();
        assertThat(lines).hasSize(1 + (int) nil + register.declarations());
        assertThat(lines)
                .anySatisfy(
                        l -> assertThat(l)
                                .startsWith("2026-06-01,lam-lay,Gillian Forbes,")
                                .contains(
                                        ",Non-financial personal interest,RJ1,Guy's and St Thomas',spouse is a consultant at the trust,"));
    }

    private InterestRegister.Entry entry(String person) {
        return register.entries().stream()
                .filter(e -> e.person().equals(person))
                .findFirst()
                .orElseThrow();
    }
}
