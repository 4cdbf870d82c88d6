package org.openics.governance;

import java.time.LocalDate;
import java.util.List;

/** The constitution rules checked against every body in force on a date. */
public record ValidationReport(LocalDate asAt, int bodiesChecked, List<RuleResult> results, List<Breach> breaches) {

    public ValidationReport {
        results = List.copyOf(results);
        breaches = List.copyOf(breaches);
    }

    public boolean compliant() {
        return breaches.isEmpty();
    }
}
