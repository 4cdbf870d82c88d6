package org.openics.mutualaid;

import java.time.LocalDate;
import java.util.List;
import org.openics.kernel.Actor;
import org.openics.kernel.Pseudonym;
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

    /** The registered sites (hospitals, independent-sector centres, community diagnostic centres). */
    List<Site> sites();

    /** Loads or updates sites from CSV ({@code code,name,provider,provider_name,kind,latitude,longitude}). */
    ImportReport importSites(Actor actor, String file, String csv);

    /** Loads or updates diagnostic capacity from CSV ({@code site,modality,tests_per_week,offered_per_week}). */
    ImportReport importDiagnosticCapacity(Actor actor, String file, String csv);

    /** Loads a diagnostics waiting-list return for a date (DM01 style: {@code provider,modality,weeks_waited,waiting}), replacing that date's. */
    ImportReport importDiagnosticWaits(Actor actor, String file, String csv, LocalDate returnDate);

    /** Posts capacity offers from CSV ({@code site,specialty,slots_per_week,weeks,expires}). */
    ImportReport importOffers(Actor actor, String file, String csv);

    /** Diagnostics demand against supply on a date: the six-week standard per provider and modality, from the latest return. */
    Diagnostics diagnostics(Actor actor, LocalDate asAt);

    /** A balancing recommendation: the optimiser over the sites' offered diagnostic tests for the latest return on a date. */
    BalancePlan balanceDiagnostics(Actor actor, LocalDate asAt, PlanOptions options);

    /** Diagnostic capacity of every site. */
    List<DiagnosticCapacity> diagnosticCapacity(Actor actor);

    List<CapacityOffer> offers(Actor actor);

    List<AidRequest> requests(Actor actor);

    CapacityOffer offer(Actor actor, String site, String specialty, int slotsPerWeek, int weeks, LocalDate expires);

    AidRequest request(Actor actor, String provider, String specialty, int patients, String note);

    /** Proposes moving a waiter (pseudonym of the waiting-list entry's person) into an offer; home is where they live. */
    StepResult propose(Actor actor, Pseudonym pseudonym, String origin, String specialty, long offerId, Location home);

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
