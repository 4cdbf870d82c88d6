package org.openics.analytics.cohorts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.analytics.Level;
import org.openics.kernel.Actor;

/**
 * Cohorts and segments over the analytics facts store: counts and breakdowns for analysts (small numbers
 * suppressed), person lists for direct care only (through the record's access rules, audited), and the
 * Bridges-to-Health segments of the population at every level.
 */
public interface Cohorts {

    /** How many people meet the definition, with breakdowns; segments are brought up to date first if the facts moved. */
    CohortCount count(CohortDefinition definition);

    /**
     * The cohort's members the actor may see by name: refused for roles that do not give direct care; otherwise
     * only people with a legitimate relationship to the actor's organisation. Every disclosure is audited by the record.
     */
    CohortPersons persons(CohortDefinition definition, Actor actor, String purpose);

    /** Re-computes every person's score and segment as at the date (null: the facts' reference date, else today). */
    SegmentationSummary segment(LocalDate asAt);

    /** People per segment in each unit of the level (or the one unit {@code code}), small numbers suppressed. */
    List<SegmentCount> segments(Level level, Optional<String> code);
}
