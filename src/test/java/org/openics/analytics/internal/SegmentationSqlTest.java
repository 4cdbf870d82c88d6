package org.openics.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openics.analytics.segmentation.PersonHistory;
import org.openics.analytics.segmentation.RecordedCondition;
import org.openics.analytics.segmentation.SegmentRules;
import org.openics.analytics.segmentation.Segmentation;

/** The SQL segmentation agrees with the Java rules for every person of a random population. */
class SegmentationSqlTest {

    static final LocalDate AS_AT = LocalDate.of(2026, 6, 30);

    @Test
    void sqlAndJavaRulesGiveEveryPersonTheSameScoreAndSegment() throws Exception {
        try (Connection duck = FactsFixture.empty()) {
            FactsFixture.sql(duck, "select setseed(0.7)");
            FactsFixture.sql(
                    duck,
                    "insert into person select 'p' || i, 'A', 'PCN1', 'P1', null, null,"
                            + " case when random() < 0.02 then null else cast(floor(random() * 100) as integer) end, 'female', 'A', 'White', 5, 3,"
                            + " case when random() < 0.05 then DATE '2025-01-01' + cast(floor(random() * 600) as integer) else null end from range(4000) r(i)");
            FactsFixture.sql(
                    duck,
                    "insert into condition select pseudonym, (['38341003', '44054006', '414545008', '230690007', '49436004',"
                            + " '84114007', '13645005', '195967001', '709044004', '35489007', '58214004', '52448006', '363346000', '110359009', '999999'])"
                            + "[1 + cast(floor(random() * 15) as integer)], 'http://snomed.info/sct',"
                            + " case when random() < 0.05 then null else DATE '2018-01-01' + cast(floor(random() * 3300) as integer) end, 'P1'"
                            + " from person, range(4) k(j) where random() < 0.5");
            FactsFixture.sql(
                    duck,
                    "insert into encounter select pseudonym, case when random() < 0.5 then 'EMER' else 'IMP' end, null,"
                            + " DATE '2025-01-01' + cast(floor(random() * 600) as integer), null, random() < 0.5, 'T1' from person, range(3) k(j)"
                            + " where random() < 0.3");
            SegmentationJob.run(duck, AS_AT);
            Map<String, String> sql = new HashMap<>();
            Map<String, Double> scores = new HashMap<>();
            try (Statement s = duck.createStatement();
                    ResultSet rs = s.executeQuery("select pseudonym, cms_score, segment from segment")) {
                while (rs.next()) {
                    sql.put(rs.getString(1), rs.getString(3));
                    scores.put(rs.getString(1), rs.getDouble(2));
                }
            }
            Map<String, Segmentation> java = javaRules(duck);
            assertThat(sql).hasSize(4000);
            java.forEach((pseudonym, expected) -> {
                assertThat(sql.get(pseudonym))
                        .as(pseudonym + ": " + expected.reason())
                        .isEqualTo(expected.segment().name());
                assertThat(scores.get(pseudonym)).as(pseudonym).isEqualTo(expected.cmsScore());
            });
            assertThat(java.values().stream()
                            .map(Segmentation::segment)
                            .distinct()
                            .count())
                    .as("most segments occur")
                    .isGreaterThanOrEqualTo(7);
        }
    }

    static Map<String, Segmentation> javaRules(Connection duck) throws Exception {
        Map<String, Segmentation> result = new HashMap<>();
        try (Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("select p.pseudonym, p.age, p.death_date,"
                        + " (select list(code) from condition c where c.pseudonym = p.pseudonym),"
                        + " (select list(cast(onset as varchar)) from condition c where c.pseudonym = p.pseudonym),"
                        + " (select count(*) from encounter e where e.pseudonym = p.pseudonym and emergency_admission and start_date > DATE '2025-06-30'"
                        + "   and start_date <= DATE '2026-06-30'),"
                        + " (select count(*) from encounter e where e.pseudonym = p.pseudonym and class = 'EMER' and start_date > DATE '2025-06-30'"
                        + "   and start_date <= DATE '2026-06-30') from person p")) {
            while (rs.next()) {
                List<RecordedCondition> conditions = new ArrayList<>();
                if (rs.getArray(4) != null) {
                    Object[] codes = (Object[]) rs.getArray(4).getArray();
                    Object[] onsets = (Object[]) rs.getArray(5).getArray();
                    for (int i = 0; i < codes.length; i++) {
                        conditions.add(new RecordedCondition(
                                (String) codes[i], onsets[i] == null ? null : LocalDate.parse(onsets[i].toString())));
                    }
                }
                PersonHistory person = new PersonHistory(
                        rs.getObject(2) == null ? null : rs.getInt(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                        conditions,
                        rs.getInt(6),
                        rs.getInt(7));
                result.put(rs.getString(1), SegmentRules.segment(person, AS_AT));
            }
        }
        return result;
    }
}
