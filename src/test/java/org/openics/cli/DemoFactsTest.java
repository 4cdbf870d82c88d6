package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.platform.ProgressListener;
import org.openics.record.AnalyticFacts;
import org.openics.registry.DemoSystem;
import org.openics.synthetic.GenerationRequest;
import org.openics.synthetic.GenerationSummary;
import org.openics.synthetic.OutputFormat;
import org.openics.synthetic.SyntheticPopulation;
import org.openics.synthetic.population.Measure;
import org.openics.synthetic.population.Person;

class DemoFactsTest {

    private static final LocalDate AS_AT = LocalDate.of(2026, 6, 30);

    private static List<Person> people() throws Exception {
        List<Person> people = new ArrayList<>();
        GenerationSummary summary = SyntheticPopulation.fhir()
                .people(
                        DemoSystem.asAt(AS_AT),
                        new GenerationRequest(
                                DemoSystem.ICB_CODE, 0.0005, 5, Path.of("unused"), OutputFormat.NDJSON, AS_AT, 0),
                        people::add,
                        ProgressListener.NONE);
        assertThat(people).hasSize((int) summary.people());
        return people;
    }

    @Test
    void theGeneratorHandsOutItsPeopleInOrderTheSameEachTime() throws Exception {
        List<Person> first = people();
        List<Person> second = people();
        assertThat(first).hasSizeGreaterThan(500);
        assertThat(first.stream().map(Person::index).toList()).isSorted();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void eachPersonGivesTheFactsTheRecordWouldExtract() throws Exception {
        for (Person p : people()) {
            List<Object> facts = new ArrayList<>();
            DemoFacts.add(p, facts::add);
            AnalyticFacts.Person person = (AnalyticFacts.Person) facts.get(0);
            assertThat(person.pseudonym())
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("MD5").digest(p.id().getBytes(StandardCharsets.UTF_8)))
                            .substring(0, 24));
            assertThat(person.practice()).isEqualTo(p.practiceCode().value());
            assertThat(person.lsoa()).isEqualTo(p.lsoaCode());
            assertThat(person.sex()).isIn("male", "female");
            assertThat(facts.stream()
                            .filter(AnalyticFacts.Death.class::isInstance)
                            .count())
                    .isEqualTo(p.deathDate() == null ? 0 : 1);
            assertThat(facts.stream()
                            .filter(AnalyticFacts.Condition.class::isInstance)
                            .count())
                    .isEqualTo(p.diagnoses().size());
            assertThat(facts.stream()
                            .filter(AnalyticFacts.Observation.class::isInstance)
                            .count())
                    .isEqualTo(p.measurements().size());
            assertThat(facts.stream()
                            .filter(AnalyticFacts.Encounter.class::isInstance)
                            .count())
                    .isEqualTo(p.contacts().size());
            assertThat(facts.stream()
                            .filter(AnalyticFacts.WaitingListEntry.class::isInstance)
                            .count())
                    .isEqualTo(p.waits().size());
            for (int i = 0; i < p.measurements().size(); i++) {
                Person.Measurement m = p.measurements().get(i);
                AnalyticFacts.Observation o = (AnalyticFacts.Observation) facts.stream()
                        .filter(AnalyticFacts.Observation.class::isInstance)
                        .toList()
                        .get(i);
                assertThat(o.code()).isEqualTo(m.measure().loinc());
                if (m.measure() == Measure.BLOOD_PRESSURE) {
                    assertThat(o.value()).isEqualTo(m.value());
                    assertThat(o.diastolic()).isEqualTo(m.value2());
                } else if (m.measure() == Measure.SMOKING_STATUS) {
                    assertThat(o.value()).isNull();
                    assertThat(o.valueCode()).isNotBlank();
                } else {
                    assertThat(o.value()).isNotNull();
                }
            }
        }
    }
}
