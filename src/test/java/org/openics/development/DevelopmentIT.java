package org.openics.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openics.support.TestActors.SECRETARY;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan's YAML round trip and the refusals of the entry point, on the real store. */
class DevelopmentIT extends PlatformIT {

    @Autowired
    Development development;

    @BeforeEach
    void demoContent() {
        development.loadDemo();
    }

    @Test
    void theExportedPlanImportsBackUnchanged() {
        DevelopmentPlan before = development.plan();
        String yaml = development.exportPlan();
        assertThat(yaml).contains("code: digital").contains("status: on track");
        EditOutcome outcome = development.importPlan(yaml, SECRETARY);
        assertThat(outcome.problems()).isEmpty();
        assertThat(development.plan()).isEqualTo(before);
    }

    @Test
    void aPlanWithABadDateOrATwiceUsedIdIsRefusedWholeWithReasons() {
        DevelopmentPlan before = development.plan();
        String yaml = development
                .exportPlan()
                .replaceFirst("due: \"?2026-03-31\"?", "due: 2026-02-30")
                .replace("id: digital-2", "id: digital-1");
        EditOutcome outcome = development.importPlan(yaml, SECRETARY);
        assertThat(outcome.done()).isFalse();
        assertThat(outcome.problems())
                .anyMatch(p -> p.contains("2026-02-30"))
                .anyMatch(p -> p.contains("'digital-1' appears twice"));
        assertThat(development.plan()).isEqualTo(before);
    }

    @Test
    void loadingTheDemoAgainChangesNothing() {
        assertThat(development.loadDemo()).isFalse();
        assertThat(development.conditions()).hasSize(16);
        assertThat(development.plan().areas()).hasSize(17);
    }
}
