package org.openics.development;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.Actor;

/**
 * The entry point of system development: the sixteen conditions for ICS success and the system
 * development plan. Reads are for everyone; edits carry the actor, whose role is checked here against
 * {@link DevelopmentPermission} ({@link org.openics.kernel.NotAuthorised} when it may not), and return an
 * {@link EditOutcome} with reasons when the edit itself is refused.
 */
public interface Development {

    /** The sixteen conditions in order, each with its history. */
    List<Condition> conditions();

    Optional<Condition> condition(String id);

    /** Records a dated assessment of a condition; refused with reasons (unknown condition, bad rating, date in the future, no note). */
    EditOutcome recordUpdate(String conditionId, LocalDate asOf, String rag, String note, Actor author);

    DevelopmentPlan plan();

    EditOutcome editWorkArea(WorkAreaEdit edit, Actor author);

    /** Adds (empty id) or changes a milestone; indicator ids must be in the analytics catalogue. */
    EditOutcome saveMilestone(MilestoneEdit edit, Actor author);

    /** The plan as YAML, to review, keep in git and import again. */
    String exportPlan();

    /** Replaces the plan's work areas and milestones with those of a YAML document (all or nothing). */
    EditOutcome importPlan(String yaml, Actor author);

    /** Loads the demo conditions and plan when there are none; false when they were already there. */
    boolean loadDemo();
}
