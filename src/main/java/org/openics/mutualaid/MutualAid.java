package org.openics.mutualaid;

import java.time.LocalDate;
import java.util.List;
import org.openics.kernel.Actor;
import org.openics.record.Reidentification;

/**
 * Mutual aid's one entry point. Every call names the actor and is checked against {@link MutualAidPermission}
 * (refusals throw {@link org.openics.kernel.NotAuthorised}); every change and every look at named patients is in
 * the audit log. Workflow refusals (no consent, beyond the travel limit …) are results, with their reasons.
 */
public interface MutualAid {

    /** The waiting lists on a date, from the facts of the last analytics refresh. */
    WaitingLists waits(Actor actor, LocalDate asAt);

    /** The optimised plan over the board's open offers for the waiting list on a date. */
    Plan plan(Actor actor, LocalDate asAt, PlanOptions options);

    List<Site> sites();

    List<CapacityOffer> offers(Actor actor);

    List<AidRequest> requests(Actor actor);

    CapacityOffer offer(Actor actor, String site, String specialty, int slotsPerWeek, int weeks, LocalDate expires);

    AidRequest request(Actor actor, String provider, String specialty, int patients, String note);

    /** Proposes moving a waiter (pseudonym of the waiting-list entry's person) into an offer; home is where they live. */
    StepResult propose(Actor actor, String pseudonym, String origin, String specialty, long offerId, Location home);

    StepResult recordConsent(Actor actor, long transferId, boolean consents, TravelLimit willingness);

    StepResult confirmSuitability(Actor actor, long transferId, boolean suitable, String why);

    StepResult accept(Actor actor, long transferId);

    StepResult decline(Actor actor, long transferId, String why);

    StepResult complete(Actor actor, long transferId);

    List<PatientTransfer> transfers(Actor actor);

    /** The named patients of the transfers, for direct care only, through the record's access rules and audit. */
    Reidentification patients(Actor actor, String purpose);

    List<AuditEvent> audit(Actor actor, int limit);

    /** Seeds the demo's board (real site locations, synthetic capacity) unless it has offers; true when seeded now. */
    boolean loadDemo();
}
