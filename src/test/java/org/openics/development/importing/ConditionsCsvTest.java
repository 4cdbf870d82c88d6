package org.openics.development.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openics.development.Condition;
import org.openics.development.Rag;

class ConditionsCsvTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    static final String HEADER = "condition,title,description,as_of,rag,note,author,recorded\n";

    @Test
    void readsConditionsInOrderWithTheirAssessmentsNewestFirst() {
        ConditionsCsv.Result read = ConditionsCsv.read(
                "c.csv",
                HEADER
                        + "metrics,Metrics and measures of success,One set of measures,2025-03-31,red,No shared baseline.,Director,2025-04-03\n"
                        + "metrics,,,2025-12-31,Amber,Baselines for 9 of 14.,Director,\n"
                        + "money-freedom,Freedom to move money,,,,,,\n",
                TODAY,
                NOW);

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).isEqualTo(3);
        assertThat(read.conditions())
                .extracting(Condition::id, Condition::number)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("metrics", 1),
                        org.assertj.core.groups.Tuple.tuple("money-freedom", 2));
        Condition metrics = read.conditions().get(0);
        assertThat(metrics.rag()).contains(Rag.AMBER);
        assertThat(metrics.history().get(0).recordedAt()).isEqualTo(NOW);
        assertThat(metrics.history().get(1).recordedAt()).isEqualTo(Instant.parse("2025-04-03T00:00:00Z"));
        assertThat(read.conditions().get(1).history()).isEmpty();
    }

    @Test
    void everyProblemNamesItsLineAndNothingIsRead() {
        ConditionsCsv.Result read = ConditionsCsv.read(
                "c.csv",
                HEADER
                        + "metrics,Metrics,,2025-03-31,purple,Note,Director,\n"
                        + ",Untitled,,2025-03-31,red,Note,Director,\n"
                        + "workforce,,,2025-03-31,red,Note,Director,\n"
                        + "metrics,Another title,,2025-06-30,red,Note,Director,\n"
                        + "metrics,,,2027-01-01,red,,Director,\n"
                        + "metrics,,,31/03/2025,red,Note,Director,\n",
                TODAY,
                NOW);

        assertThat(read.conditions()).isEmpty();
        assertThat(read.rows()).isEqualTo(6);
        assertThat(read.problems())
                .containsExactly(
                        "c.csv:2: Choose a rating: red, amber, green or complete.",
                        "c.csv:3: missing condition",
                        "c.csv:4: the first row of condition 'workforce' needs its title",
                        "c.csv:5: condition 'metrics' has the title 'Metrics' on an earlier line, not 'Another title'",
                        "c.csv:6: The date of the assessment cannot be in the future (2027-01-01).",
                        "c.csv:6: Say what lies behind the rating: the note cannot be empty.",
                        "c.csv:7: as_of and recorded are dates (YYYY-MM-DD): 31/03/2025");
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedWhole() {
        ConditionsCsv.Result read = ConditionsCsv.read("plan.csv", "code,title\nvision,Vision\n", TODAY, NOW);

        assertThat(read.ok()).isFalse();
        assertThat(read.problems())
                .singleElement()
                .asString()
                .startsWith("plan.csv: the header lacks condition, as_of, rag, note, author");
    }
}
