package org.openics.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.analytics.cohorts.CohortBreakdown;
import org.openics.analytics.cohorts.CohortCount;
import org.openics.analytics.cohorts.CohortDefinition;
import org.openics.analytics.cohorts.ObservationCriterion;
import org.openics.analytics.cohorts.SuppressedCount;
import org.openics.analytics.segmentation.Segment;

class CohortQueriesTest {

    static final LocalDate AS_AT = LocalDate.of(2026, 4, 1);
    static final String DIABETES = "44054006";
    static final String HYPERTENSION = "38341003";
    static final String HBA1C = "59261-8";
    static final String BP = "85354-9";

    Connection duck;

    @BeforeEach
    void facts() throws Exception {
        duck = FactsFixture.empty();
        // 20 people with diabetes in place A: d01..d20, aged 40..59; d01..d12 with HbA1c 70 nine months ago,
        // of whom d01..d04 have a later HbA1c of 50; d13..d20 with HbA1c 70 two years ago only
        for (int i = 1; i <= 20; i++) {
            String p = String.format("d%02d", i);
            FactsFixture.person(
                    duck,
                    p,
                    "A",
                    "P1",
                    39 + i,
                    i % 2 == 0 ? "female" : "male",
                    i <= 3 ? "Black" : "White",
                    1 + i % 5,
                    null);
            FactsFixture.sql(
                    duck,
                    "insert into condition values ('" + p + "', '" + DIABETES
                            + "', 'http://snomed.info/sct', DATE '2020-01-01', 'P1')");
            FactsFixture.sql(
                    duck,
                    "insert into observation values ('" + p + "', '" + HBA1C + "', 'http://loinc.org', DATE '"
                            + (i <= 12 ? "2025-07-01" : "2024-03-01") + "', 70, 'mmol/mol', 'P1')");
            if (i <= 4) {
                FactsFixture.sql(
                        duck,
                        "insert into observation values ('" + p + "', '" + HBA1C
                                + "', 'http://loinc.org', DATE '2026-01-10', 50," + " 'mmol/mol', 'P1')");
            }
        }
        // d01..d05 also have hypertension and a BP reading last month
        for (int i = 1; i <= 5; i++) {
            String p = String.format("d%02d", i);
            FactsFixture.sql(
                    duck,
                    "insert into condition values ('" + p + "', '" + HYPERTENSION
                            + "', 'http://snomed.info/sct', DATE '2019-01-01', 'P1')");
            FactsFixture.sql(
                    duck,
                    "insert into observation values ('" + p + "', '" + BP
                            + "', 'http://loinc.org', DATE '2026-03-01', null, null, 'P1')");
        }
        // 30 people without conditions in place B, one of whom died last year, one with heart failure onset after the
        // reference date
        for (int i = 1; i <= 30; i++) {
            FactsFixture.person(
                    duck,
                    String.format("h%02d", i),
                    "B",
                    "P2",
                    20 + i,
                    "female",
                    "Asian",
                    3,
                    i == 1 ? "2025-12-01" : null);
        }
        FactsFixture.sql(
                duck,
                "insert into condition values ('h02', '84114007', 'http://snomed.info/sct', DATE '2026-05-01', 'P2')");
        FactsFixture.sql(
                duck,
                "insert into encounter values ('h03', 'EMER', null, DATE '2026-02-01', DATE '2026-02-01', false, 'T1')");
        SegmentationJob.run(duck, AS_AT);
    }

    @AfterEach
    void close() throws Exception {
        duck.close();
    }

    @Test
    void everyoneAliveIsCountedAndTheDeadAreNot() throws Exception {
        CohortCount everyone = CohortQueries.count(duck, CohortDefinition.everyone(), AS_AT);
        assertThat(everyone.total().count()).isEqualTo(49L);
        assertThat(everyone.population()).isEqualTo(49L);
    }

    @Test
    void conditionPresentAndAbsentCombine() throws Exception {
        assertThat(count(CohortDefinition.everyone().withConditions(DIABETES))).isEqualTo(20L);
        assertThat(count(CohortDefinition.everyone().withConditions(DIABETES).withoutConditions(HYPERTENSION)))
                .isEqualTo(15L);
        assertThat(count(CohortDefinition.everyone().withConditions("84114007")))
                .as("onset after the reference date")
                .isEqualTo(0L);
    }

    @Test
    void theLatestHbA1cInTheWindowDecides() throws Exception {
        // d05..d12: latest within 15 months is 70; d01..d04 have 50 later; d13..d20 measured outside the window
        assertThat(count(CohortDefinition.everyone().withObservations(ObservationCriterion.parse(HBA1C + ">58@15m"))))
                .isEqualTo(8L);
        assertThat(count(CohortDefinition.everyone().withObservations(ObservationCriterion.parse(HBA1C + ">58"))))
                .isEqualTo(16L);
        assertThat(count(CohortDefinition.everyone()
                        .withConditions(DIABETES)
                        .withObservations(ObservationCriterion.parse("!" + HBA1C + "@15m"))))
                .isEqualTo(8L);
    }

    @Test
    void bloodPressureMeasuredInTheLastTwelveMonths() throws Exception {
        assertThat(count(CohortDefinition.everyone().withObservations(ObservationCriterion.parse(BP + "@12m"))))
                .isEqualTo(5L);
    }

    @Test
    void smallCountsAreSuppressedInTheTotalAndTheBreakdowns() throws Exception {
        CohortCount bp = CohortQueries.count(duck, CohortDefinition.everyone().withConditions(HYPERTENSION), AS_AT);
        assertThat(bp.total().suppressed()).isTrue();
        assertThat(bp.total().shown()).isEqualTo("<8");
        CohortCount diabetes =
                CohortQueries.count(duck, CohortDefinition.everyone().withConditions(DIABETES), AS_AT);
        // ethnic group: 3 Black (suppressed) and 17 White (secondary suppression)
        assertThat(diabetes.breakdowns().get(CohortBreakdown.ETHNIC_GROUP))
                .extracting(SuppressedCount::shown)
                .containsExactly("<8", "<8");
        assertThat(diabetes.breakdowns().get(CohortBreakdown.PLACE))
                .extracting(SuppressedCount::shown)
                .containsExactly("20");
    }

    @Test
    void segmentsAreComputedAndSelectable() throws Exception {
        assertThat(count(CohortDefinition.everyone().inSegments(Segment.CHRONIC_STABLE)))
                .isEqualTo(20L);
        assertThat(count(CohortDefinition.everyone().inSegments(Segment.ACUTE_EPISODE)))
                .isEqualTo(1L);
        var byPlace = CohortQueries.segmentCounts(duck, "place", null);
        assertThat(byPlace.get("B").get(Segment.END_OF_LIFE)).isEqualTo(1L);
        assertThat(byPlace.get("B").get(Segment.HEALTHY)).isEqualTo(28L);
        assertThat(byPlace.get("A").get(Segment.CHRONIC_STABLE)).isEqualTo(20L);
    }

    @Test
    void demographicsAndPlaceNarrowTheCohort() throws Exception {
        CohortDefinition d = new CohortDefinition(
                java.util.List.of(DIABETES),
                null,
                null,
                50,
                59,
                java.util.Set.of("Female"),
                null,
                null,
                java.util.Set.of("A"),
                null,
                null,
                null,
                null,
                null,
                false,
                null);
        // d11..d20 are 50..59; of those the even ones are female: 5
        assertThat(CohortQueries.pseudonyms(duck, d, AS_AT)).containsExactly("d12", "d14", "d16", "d18", "d20");
    }

    long count(CohortDefinition definition) throws Exception {
        return CohortQueries.pseudonyms(duck, definition, AS_AT).size();
    }
}
