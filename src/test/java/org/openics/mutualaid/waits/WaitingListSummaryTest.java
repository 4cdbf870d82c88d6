package org.openics.mutualaid.waits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.analytics.WaitingListRow;
import org.openics.mutualaid.Priority;
import org.openics.mutualaid.WaitingLists;
import org.openics.mutualaid.WaitsRow;

class WaitingListSummaryTest {

    static final LocalDate AS_AT = LocalDate.of(2026, 6, 30);

    static WaitingListRow waiting(int weeks, String priority, Integer fifth) {
        return new WaitingListRow(
                "p" + weeks,
                "RJ2",
                "110",
                AS_AT.minusWeeks(weeks),
                priority,
                "QZZ",
                "Lewisham",
                "Z1",
                "E01",
                fifth,
                "White");
    }

    @Test
    void mediansCentilesEighteenWeekShareAndLongWaitersOfOneList() {
        List<WaitingListRow> rows = new ArrayList<>();
        for (int w = 1; w <= 100; w++) {
            rows.add(waiting(w, "routine", 1 + w % 5));
        }
        WaitingLists lists = WaitingListSummary.of(rows, AS_AT, "QZZ", "test");
        WaitsRow all = lists.rows().stream()
                .filter(r -> r.priority().isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(all.waiting()).isEqualTo(100);
        assertThat(all.medianWeeks()).contains(50.0);
        assertThat(all.centile92Weeks()).contains(92.0);
        assertThat(all.within18()).isEqualTo(17);
        assertThat(all.lower95()).isLessThan(0.17).isGreaterThan(0.10);
        assertThat(all.upper95()).isGreaterThan(0.17).isLessThan(0.26);
        assertThat(all.over52()).isEqualTo(49);
        assertThat(all.over65()).isEqualTo(36);
        assertThat(all.over78()).isEqualTo(23);
        assertThat(lists.rows())
                .anyMatch(r -> r.priority().equals(java.util.Optional.of(Priority.P4)) && r.waiting() == 100);
        assertThat(lists.residents().stream()
                        .filter(b -> b.dimension().equals("deprivation fifth"))
                        .mapToInt(b -> b.waiting())
                        .sum())
                .isEqualTo(100);
    }

    @Test
    void fewWaitersHaveNoCentilesButAReasonAndUnknownPrioritiesCountOnlyInTheTotal() {
        WaitingLists lists =
                WaitingListSummary.of(List.of(waiting(3, null, null), waiting(30, "urgent", 1)), AS_AT, "QZZ", "test");
        WaitsRow all = lists.rows().stream()
                .filter(r -> r.priority().isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(all.waiting()).isEqualTo(2);
        assertThat(all.medianWeeks()).isEmpty();
        assertThat(all.notCalculated()).contains("fewer than 5 waiters");
        assertThat(lists.rows()).hasSize(2);
        assertThat(lists.rows().get(1).priority()).contains(Priority.P3);
        assertThat(all.shareWithin18()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void entriesWhoseClockStartsAfterTheDateAreNotYetWaiting() {
        assertThat(WaitingListSummary.of(List.of(waiting(-2, "routine", 1)), AS_AT, "QZZ", "test")
                        .entries())
                .isZero();
    }
}
