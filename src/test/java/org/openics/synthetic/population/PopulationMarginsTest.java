package org.openics.synthetic.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.OdsCode;
import org.openics.registry.DemoSystem;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.SystemOfSystems;

/** The generated demo population reproduces the margins it is calibrated to. */
class PopulationMarginsTest {

    static final LocalDate AS_AT = LocalDate.of(2026, 6, 30);
    static final double SCALE = 0.1;
    static SystemOfSystems system;
    static PopulationFrame frame;
    static List<Person> people;

    @BeforeAll
    static void generate() {
        system = DemoSystem.asAt(AS_AT);
        frame = PopulationFrame.of(system, DemoSystem.ICB_CODE, SCALE);
        PersonGenerator generator = new PersonGenerator(frame, 42, AS_AT, new NhsNumbers());
        people = IntStream.range(0, frame.people())
                .parallel()
                .mapToObj(generator::person)
                .toList();
    }

    @Test
    void peoplePerPracticeAreWithinOnePerCentOfTheScaledListSizes() {
        Map<String, Integer> counts = new HashMap<>();
        people.forEach(p -> counts.merge(p.practiceCode().value(), 1, Integer::sum));
        assertThat(counts).hasSize(frame.practices().size());
        for (Map.Entry<String, Integer> practice : counts.entrySet()) {
            double listSize = system.population(OdsCode.of(practice.getKey()), PopulationMeasure.REGISTERED)
                    .orElseThrow();
            assertThat((double) practice.getValue())
                    .as(practice.getKey())
                    .isCloseTo(listSize * SCALE, within(listSize * SCALE * 0.01 + 1));
        }
        assertThat(people.size()).isBetween(205_000, 215_000);
    }

    @Test
    void conditionPrevalenceRisesWithAge() {
        for (LongTermCondition condition : List.of(
                LongTermCondition.HYPERTENSION,
                LongTermCondition.DIABETES,
                LongTermCondition.CORONARY_HEART_DISEASE,
                LongTermCondition.DEMENTIA)) {
            double young = prevalence(condition, p -> age(p) >= 18 && age(p) < 40);
            double middle = prevalence(condition, p -> age(p) >= 40 && age(p) < 60);
            double old = prevalence(condition, p -> age(p) >= 60 && age(p) < 80);
            assertThat(young).as(condition + " 18-39 < 40-59").isLessThan(middle);
            assertThat(middle).as(condition + " 40-59 < 60-79").isLessThan(old);
        }
    }

    @Test
    void conditionPrevalenceRisesWithDeprivationAtTheSameAge() {
        for (LongTermCondition condition : List.of(
                LongTermCondition.HYPERTENSION,
                LongTermCondition.DIABETES,
                LongTermCondition.COPD,
                LongTermCondition.SEVERE_MENTAL_ILLNESS)) {
            Predicate<Person> adults = p -> age(p) >= 40 && age(p) < 75;
            double deprived = prevalence(condition, adults.and(p -> p.imdDecile() <= 3));
            double affluent = prevalence(condition, adults.and(p -> p.imdDecile() >= 7));
            assertThat(deprived)
                    .as(condition + " deciles 1-3 vs 7-10, ages 40-74")
                    .isGreaterThan(affluent * 1.1);
        }
    }

    @Test
    void placesDifferInAgeAndEthnicityAsPublished() {
        double lambethOld = share(p -> p.placeName().equals("Lambeth"), p -> age(p) >= 65);
        double bromleyOld = share(p -> p.placeName().equals("Bromley"), p -> age(p) >= 65);
        assertThat(lambethOld).isLessThan(bromleyOld * 0.7);
        double lambethMinority = share(
                p -> p.placeName().equals("Lambeth") && p.ethnicity() != Ethnicity.Z,
                p -> p.ethnicity().minority());
        double bromleyMinority = share(
                p -> p.placeName().equals("Bromley") && p.ethnicity() != Ethnicity.Z,
                p -> p.ethnicity().minority());
        assertThat(lambethMinority).isCloseTo(0.45, within(0.03));
        assertThat(bromleyMinority).isCloseTo(0.235, within(0.03));
    }

    @Test
    void lifeExpectancyFromTheGeneratedDeathsShowsTheDeprivationGap() {
        for (Sex sex : Sex.values()) {
            double deprived = LifeTable.expectancyAtBirth(people, p -> p.sex() == sex && p.imdDecile() <= 3, AS_AT);
            double affluent = LifeTable.expectancyAtBirth(people, p -> p.sex() == sex && p.imdDecile() >= 8, AS_AT);
            assertThat(affluent - deprived)
                    .as(sex + ": deciles 8-10 minus deciles 1-3")
                    .isBetween(3.0, 12.0);
            assertThat(deprived).as(sex + " most deprived").isBetween(70.0, 85.0);
        }
        double all = LifeTable.expectancyAtBirth(people, p -> p.sex() == Sex.FEMALE, AS_AT);
        double men = LifeTable.expectancyAtBirth(people, p -> p.sex() == Sex.MALE, AS_AT);
        assertThat(all).isGreaterThan(men);
    }

    @Test
    void everyNhsNumberPassesModulus11AndIsUnique() {
        Set<String> seen = new HashSet<>();
        for (Person p : people) {
            assertThat(NhsNumber.isValid(p.nhsNumber().value()))
                    .as(p.nhsNumber().value())
                    .isTrue();
            assertThat(p.nhsNumber().value()).startsWith("999");
            assertThat(seen.add(p.nhsNumber().value())).isTrue();
        }
    }

    @Test
    void nobodyHasRecordsAfterTheirDeath() {
        for (Person p : people) {
            if (p.deathDate() != null) {
                assertThat(p.contacts()).allMatch(c -> !c.start().isAfter(p.deathDate()));
                assertThat(p.measurements()).allMatch(m -> !m.date().isAfter(p.deathDate()));
                assertThat(p.waits()).isEmpty();
            }
        }
        assertThat(people.stream().filter(p -> p.deathDate() != null).count()).isBetween(800L, 3000L);
    }

    @Test
    void theWaitingListHasLongWaitersButMostWaitUnderEighteenWeeks() {
        List<Person.WaitingListEntry> waits =
                people.stream().flatMap(p -> p.waits().stream()).toList();
        assertThat(waits.size()).isBetween((int) (people.size() * 0.08), (int) (people.size() * 0.16));
        long over52 = waits.stream()
                .filter(w -> w.clockStart().isBefore(AS_AT.minusWeeks(52)))
                .count();
        long under18 = waits.stream()
                .filter(w -> !w.clockStart().isBefore(AS_AT.minusWeeks(18)))
                .count();
        assertThat((double) over52 / waits.size()).isBetween(0.01, 0.08);
        assertThat((double) under18 / waits.size()).isBetween(0.5, 0.75);
    }

    static int age(Person p) {
        return p.ageOn(AS_AT);
    }

    static double prevalence(LongTermCondition condition, Predicate<Person> who) {
        return share(who, p -> p.has(condition));
    }

    static double share(Predicate<Person> who, Predicate<Person> what) {
        long n = people.stream().filter(who).count();
        long k = people.stream().filter(who).filter(what).count();
        return (double) k / n;
    }
}
