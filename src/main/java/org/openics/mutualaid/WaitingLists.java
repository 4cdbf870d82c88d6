package org.openics.mutualaid;

import java.time.LocalDate;
import java.util.List;

/** The waiting lists on a date: by provider × treatment function × priority (each with an all-priorities row), and residents' breakdowns. */
public record WaitingLists(
        LocalDate asAt, int entries, List<WaitsRow> rows, List<WaitsBreakdown> residents, String source) {

    public WaitingLists {
        rows = List.copyOf(rows);
        residents = List.copyOf(residents);
    }
}
