package org.openics.development.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openics.development.MilestoneEdit;
import org.openics.development.MilestoneStatus;
import org.openics.development.Rag;

class EditRulesTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    @Test
    void anUpdateWithARatingADateAndANoteIsAccepted() {
        Checked<org.openics.development.ConditionUpdate> update =
                EditRules.update("metrics", TODAY, "amber", " Baselines agreed. ", "admin", TODAY, Instant.now());
        assertThat(update.problems()).isEmpty();
        assertThat(update.value().orElseThrow().rag()).isEqualTo(Rag.AMBER);
        assertThat(update.value().orElseThrow().note()).isEqualTo("Baselines agreed.");
    }

    @Test
    void anUpdateDatedInTheFutureWithoutANoteOrRatingIsRefusedWithEveryReason() {
        Checked<?> update =
                EditRules.update("metrics", TODAY.plusDays(1), "purple", " ", "admin", TODAY, Instant.now());
        assertThat(update.ok()).isFalse();
        assertThat(update.problems())
                .hasSize(3)
                .anyMatch(p -> p.contains("rating"))
                .anyMatch(p -> p.contains("future"))
                .anyMatch(p -> p.contains("note"));
    }

    @Test
    void aMilestoneStartingAfterItIsDueOrNamingAnUnknownIndicatorIsRefused() {
        Checked<?> milestone = EditRules.milestone(
                new MilestoneEdit(
                        "",
                        "digital",
                        "Go live",
                        "2027-04-01",
                        "2027-03-31",
                        "on track",
                        "",
                        List.of("emergency-admissions", "no-such-indicator")),
                "digital-9",
                Set.of("emergency-admissions"));
        assertThat(milestone.problems())
                .containsExactlyInAnyOrder(
                        "The start (2027-04-01) is after the due date (2027-03-31).",
                        "No indicator 'no-such-indicator' in the analytics catalogue.");
    }

    @Test
    void aMilestoneTakesTheStatusByLabelAndIndicatorsAsTypedWhenThereIsNoCatalogue() {
        Checked<org.openics.development.Milestone> milestone = EditRules.milestone(
                new MilestoneEdit("", "digital", "Go live", "", "2027-03-31", "At risk", "CDIO", List.of("anything")),
                "digital-9",
                Set.of());
        assertThat(milestone.value().orElseThrow().status()).isEqualTo(MilestoneStatus.AT_RISK);
        assertThat(milestone.value().orElseThrow().start()).isEmpty();
        assertThat(milestone.value().orElseThrow().indicators()).containsExactly("anything");
    }
}
