package org.openics.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.analytics.Breakdown;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.governance.Governance;
import org.openics.kernel.UserRole;
import org.openics.platform.ProgressListener;
import org.openics.record.IngestOptions;
import org.openics.record.SharedCareRecord;
import org.openics.registry.DemoSystem;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.support.PlatformIT;
import org.openics.support.TestActors;
import org.openics.synthetic.GenerationRequest;
import org.openics.synthetic.OutputFormat;
import org.openics.synthetic.SyntheticPopulation;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Respondents by ethnic group against the people analytics describes in the consultation's place: the population column
 * is analytics' count by NHS broad ethnic group, which equals the denominators the indicator engine computed for the
 * place's ethnicity breakdown of an all-registered-patients indicator (a separate path through the same facts).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EthnicGroupRepresentationIT extends PlatformIT {

    private static final LocalDate AS_AT = LocalDate.of(2026, 6, 30);

    @Autowired
    Engagement engagement;

    @Autowired
    Governance governance;

    @Autowired
    Registry registry;

    @Autowired
    SharedCareRecord record;

    @Autowired
    PopulationHealth health;

    @BeforeAll
    void population() throws Exception {
        registry.loadDemoIcs();
        governance.loadDemo();
        // the small demo population the analytics, dashboard and finance ITs share (same scale, seed and date), so the
        // shared store gains nobody new whichever of them runs first
        Path folder = HOME.resolve("indicators-small");
        SyntheticPopulation.fhir()
                .generate(
                        DemoSystem.asAt(AS_AT),
                        new GenerationRequest(DemoSystem.ICB_CODE, 0.003, 7, folder, OutputFormat.NDJSON, AS_AT, 0),
                        ProgressListener.NONE);
        record.ingest(
                List.of(folder.resolve("Patient.ndjson"), folder.resolve("Condition.ndjson")),
                IngestOptions.from(null).with(IngestOptions.Validation.STRUCTURAL),
                ProgressListener.NONE);
        health.refresh(ProgressListener.NONE);
    }

    @Test
    void respondentsAreComparedWithThePlacesPeopleByBroadEthnicGroupAndThePopulationEqualsTheEnginesDenominators() {
        Organisation place = registry.asAt(LocalDate.now()).organisations(OrganisationKind.PLACE).stream()
                .filter(p -> health.peopleByEthnicGroup(Level.PLACE, p.code().value())
                        .isPresent())
                .max(Comparator.comparingLong(
                        p -> health.peopleByEthnicGroup(Level.PLACE, p.code().value()).get().values().stream()
                                .mapToLong(Long::longValue)
                                .sum()))
                .orElseThrow();
        Map<String, Long> people =
                health.peopleByEthnicGroup(Level.PLACE, place.code().value()).orElseThrow();
        assertThat(people.keySet()).containsAll(EthnicGroup.NHS_GROUPS);

        // the engine's own denominators for the same place and groups (all registered patients alive at the reference
        // date)
        List<IndicatorValue> byEthnicity = health.breakdown(
                "hypertension-prevalence", Level.PLACE, place.code().value(), Breakdown.ETHNICITY);
        List<IndicatorValue> published =
                byEthnicity.stream().filter(v -> v.denominator() != null).toList();
        assertThat(published).as("some groups' figures are published").isNotEmpty();
        for (IndicatorValue v : published) {
            assertThat(people.get(v.category())).as(v.category()).isEqualTo(Math.round(v.denominator()));
        }

        LocalDate today = LocalDate.now();
        var lead = TestActors.of(UserRole.ENGAGEMENT_LEAD);
        String code = "ethnic-" + place.code().value().toLowerCase(java.util.Locale.ROOT);
        Consultation c = new Consultation(
                code,
                "Community pharmacy hours",
                "When should pharmacies open?",
                "QZZ-ICP",
                place.name(),
                today,
                today.plusDays(20),
                today.plusDays(5),
                List.of(),
                List.of(Question.choice("when", "When?", true, "Evenings", "Weekends")),
                false,
                List.of(place.code().value()));
        assertThat(engagement.create(lead, c).stored()).isTrue();
        List<String> given =
                List.of("WHITE_BRITISH", "WHITE_ROMA", "ASIAN_INDIAN", "ASIAN_CHINESE", "BLACK_AFRICAN", "OTHER_ARAB");
        for (int i = 0; i < 60; i++) {
            assertThat(engagement
                            .respond(
                                    code,
                                    Map.of("when", "Evenings"),
                                    new Respondent(
                                            Optional.empty(),
                                            Optional.of(place.code().value()),
                                            Optional.empty(),
                                            Optional.empty(),
                                            Optional.of(given.get(i % given.size()))))
                            .accepted())
                    .isTrue();
        }

        Representation broad = engagement.analysis(lead, code).representation().stream()
                .filter(r -> r.dimension().startsWith("Ethnic group (NHS broad groups"))
                .findFirst()
                .orElseThrow();
        assertThat(broad.notCalculated()).isEmpty();
        long residents = EthnicGroup.NHS_GROUPS.stream().mapToLong(people::get).sum();
        for (Representation.Row row : broad.rows()) {
            assertThat(row.population()).as(row.code()).isEqualTo(people.get(row.code()));
            assertThat(row.populationShare())
                    .isCloseTo(100.0 * people.get(row.code()) / residents, org.assertj.core.data.Offset.offset(1e-9));
        }
        // White British and Roma are White; Indian is Asian; Chinese and Arab are Other, as the NHS categories count
        // them
        // (every count 8 or more, so none is withheld as small)
        Map<String, Long> respondents = new java.util.HashMap<>();
        broad.rows().forEach(r -> respondents.put(r.code(), r.respondents().count()));
        assertThat(respondents)
                .containsEntry("White", 20L)
                .containsEntry("Asian", 10L)
                .containsEntry("Black", 10L)
                .containsEntry("Other", 20L)
                .containsEntry("Mixed", 0L);
    }
}
