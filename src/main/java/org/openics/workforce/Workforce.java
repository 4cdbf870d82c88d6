package org.openics.workforce;

import java.time.LocalDate;
import java.util.List;
import org.openics.kernel.Actor;

/**
 * The workforce module's one entry point. Every method checks the actor's role ({@link WorkforcePermission}) before
 * it reads or writes; every write is logged with who, when and what.
 */
public interface Workforce {

    /**
     * Imports a CSV return. Good rows load in one transaction, bad rows are rejected with file:line:reason; importing
     * the same file again changes nothing.
     *
     * @param period the month a general practice workforce file counts (its file name says it; the rows do not); ignored for
     *               NHS Workforce Statistics, whose rows carry their period
     */
    WorkforceImport importCsv(String fileName, String text, WorkforceFormat format, LocalDate period, Actor actor);

    /** Records a deployment between partner organisations; refused with the reason when its values are wrong. */
    DeploymentOutcome recordDeployment(Deployment deployment, Actor actor);

    /** Every organisation × staff group as at a date (latest return on or before it, deployments active on it). */
    List<OrganisationStaffing> staffing(LocalDate asAt, Actor actor);

    /** The returns in force on a date, one per organisation, group and place. */
    List<StaffingFigure> figures(LocalDate asAt, Actor actor);

    /** Deployments, newest first (pseudonymous ids: workforce leads and analysts only). */
    List<Deployment> deployments(Actor actor);

    /** FTE of a group per 10,000 of a population in every place, compared with the ICS. */
    PlaceComparison comparePlaces(StaffGroup group, Denominator denominator, LocalDate asAt, Actor actor);

    /**
     * Saves a workforce plan for a staff group and place: a new one, or a revision of the plan for the same group, place and
     * population (saving the same values again changes nothing). Refused with the reason when the place is not a place.
     */
    WorkforcePlanOutcome savePlan(WorkforcePlan plan, Actor actor);

    /** Every workforce plan's progress as at a date: the need, the FTE in post, the trajectory and the gaps. */
    List<PlanProgress> plans(LocalDate asAt, Actor actor);

    /** Loads the synthetic demo workforce when the demo ICS is in the registry and no workforce is stored; true when loaded now. */
    boolean loadDemo();
}
