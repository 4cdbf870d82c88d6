package org.openics.analytics.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import org.openics.analytics.cohorts.CohortCount;
import org.openics.analytics.cohorts.CohortDefinition;
import org.openics.analytics.cohorts.ObservationCriterion;
import org.openics.analytics.cohorts.SegmentationSummary;
import org.openics.analytics.segmentation.Segment;

/**
 * Benchmark (not a test; run by bench/cohorts.sh): segmentation and cohort counts on a synthetic facts store of N
 * people with the demo population's rough shape (1.5 conditions, 3 observations, 2 encounters per person), built
 * in DuckDB with a fixed seed. Prints one line per step with its time.
 */
public final class CohortsBench {

    public static void main(String[] args) throws Exception {
        long people = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        LocalDate asAt = LocalDate.of(2026, 6, 30);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            long t = System.nanoTime();
            String script = """
                    select setseed(0.42);
                    create table person as select 'p' || i as pseudonym, 'LCPZ-' || (i % 6) as place, 'UZ' || lpad(cast(i % 38 as varchar), 4, '0') as pcn,
                      'Z' || lpad(cast(i % 192 as varchar), 5, '0') as practice, 'E01Z' || (i % 1200) as lsoa, null::date as birth_date,
                      cast(floor(random() * 95) as integer) as age, case when random() < 0.5 then 'female' else 'male' end as sex, 'A' as ethnicity,
                      (['White', 'Asian', 'Black', 'Mixed', 'Other'])[1 + cast(floor(random() * 5) as integer)] as ethnic_group,
                      1 + (i % 10) as imd_decile, 1 + (i % 10) // 2 as imd_quintile,
                      case when random() < 0.008 then DATE '2026-01-01' else null end as death_date from range(PEOPLE) r(i);
                    create table condition as select pseudonym,
                      (['38341003', '44054006', '414545008', '230690007', '49436004', '84114007', '13645005', '195967001', '709044004',
                        '35489007', '58214004', '52448006', '363346000', '110359009'])[1 + cast(floor(random() * 14) as integer)] as code,
                      'http://snomed.info/sct' as system, DATE '2015-01-01' + cast(floor(random() * 4000) as integer) as onset, practice as recorder
                      from person, range(2) k(j) where random() < 0.75;
                    create table observation as select pseudonym, (['59261-8', '85354-9', '39156-5'])[1 + cast(j as integer)] as code,
                      'http://loinc.org' as system, DATE '2024-07-01' + cast(floor(random() * 720) as integer) as effective,
                      round(30 + random() * 60) as value, 'mmol/mol' as unit, practice as recorder from person, range(3) k(j);
                    create table encounter as select pseudonym, case when random() < 0.2 then 'EMER' else 'AMB' end as class, null as type,
                      DATE '2025-07-01' + cast(floor(random() * 364) as integer) as start_date, null::date as end_date,
                      random() < 0.05 as emergency_admission, 'T1' as provider from person, range(2) k(j);
                    create table waiting_list (pseudonym varchar, provider varchar, treatment_function varchar, clock_start date,
                      priority varchar, status varchar)
                    """.replace("PEOPLE", Long.toString(people));
            for (String statement : script.split(";\\s*\\n")) {
                FactsFixture.sql(duck, statement);
            }
            System.out.printf("facts: %,d people built in %.1f s%n", people, (System.nanoTime() - t) / 1e9);
            SegmentationSummary run = SegmentationJob.run(duck, asAt);
            System.out.printf(
                    "segmentation: %,d people in %.1f s (%,.0f people/s)%n",
                    run.persons(), run.millis() / 1000.0, run.persons() / (run.millis() / 1000.0));
            CohortDefinition[] cohorts = {
                CohortDefinition.everyone()
                        .withConditions("44054006")
                        .withObservations(ObservationCriterion.parse("59261-8>58@15m")),
                CohortDefinition.everyone()
                        .withConditions("38341003")
                        .withObservations(ObservationCriterion.parse("!85354-9@12m"))
                        .withAges(40, 79),
                CohortDefinition.everyone()
                        .inSegments(Segment.CHRONIC_COMPLEX, Segment.FRAILTY_DEMENTIA)
                        .inPlaces("LCPZ-1"),
            };
            for (CohortDefinition cohort : cohorts) {
                for (int round = 0; round < 3; round++) {
                    long start = System.nanoTime();
                    CohortCount count = CohortQueries.count(duck, cohort, asAt);
                    System.out.printf(
                            "cohort count with 6 breakdowns: %s people in %d ms%n",
                            count.total().shown(), (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
    }
}
