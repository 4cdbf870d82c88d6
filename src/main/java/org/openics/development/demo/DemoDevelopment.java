package org.openics.development.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openics.development.Condition;
import org.openics.development.importing.ConditionsCsv;
import org.openics.platform.DemoResources;

/**
 * The synthetic South East London ICS's view of its own development: the sixteen conditions for ICS
 * success with two years of assessments ({@value #CONDITIONS}, read by {@link ConditionsCsv}), and a system
 * development plan of seventeen work areas in the shape of the plans ICSs wrote in their first years
 * ({@value #PLAN}, read as {@code plan import} reads a plan, by {@code development.internal.DemoPlan}). The wording is invented; the people are roles.
 */
public final class DemoDevelopment {

    public static final String CONDITIONS = "demo/development-conditions.csv";
    public static final String PLAN = "demo/development-plan.yaml";
    /** The demo's assessments were all written by this day (none is in its future). */
    static final LocalDate WRITTEN_BY = LocalDate.of(2026, 12, 1);

    private DemoDevelopment() {}

    /** The sixteen conditions for ICS success, in order, each with its demo history. */
    public static List<Condition> conditions() {
        ConditionsCsv.Result read =
                ConditionsCsv.read(CONDITIONS, DemoResources.text(CONDITIONS), WRITTEN_BY, Instant.EPOCH);
        if (!read.ok()) {
            throw new IllegalStateException(
                    "the demo conditions are not valid:\n  " + String.join("\n  ", read.problems()));
        }
        return read.conditions();
    }
}
