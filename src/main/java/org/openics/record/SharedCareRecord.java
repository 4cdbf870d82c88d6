package org.openics.record;

import org.openics.kernel.NhsNumber;
import org.openics.kernel.Actor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.openics.platform.ProgressListener;

/**
 * The shared care record's one entry point: ingest FHIR R4 from files, keep a quarantine of what
 * failed, run the master person index, decide and audit access, and hand pseudonymised facts to
 * analytics. The FHIR REST API and the person pages sit on top of the same operations.
 */
public interface SharedCareRecord {

    /**
     * Whoever runs a command line holds the store's credentials, so administers the record: the actor of command-line
     * changes (accounts, feeds, bulk loads), named so in the audit log.
     */
    Actor OPERATOR = new Actor("operator (command line)", org.openics.kernel.UserRole.ADMIN, Optional.empty(), Optional.empty());

    /**
     * Ingests files or folders (NDJSON one resource per line, or Bundle JSON; gzip accepted). Each
     * bundle, and each chunk of an NDJSON file, is stored atomically; running it again stores nothing twice.
     */
    IngestReport ingest(List<Path> paths, IngestOptions options, ProgressListener progress);

    /** The quarantine, newest first; released entries (re-processed successfully) only when asked. */
    List<QuarantinedResource> quarantine(int limit, boolean includeReleased);

    /** Re-validates quarantined resources (e.g. once the patient they reference has arrived); counts as an ingest. */
    IngestReport reprocessQuarantine(ProgressListener progress);

    /** The person a verified NHS number belongs to. */
    Optional<PersonId> personByNhsNumber(NhsNumber nhsNumber);

    /** Decides whether the actor may see the person's record and appends the decision to the audit log. */
    AccessDecision requestAccess(AccessRequest request);

    /** Who has looked at (or tried to look at) a person's record: the resident's view of the audit log. */
    List<AuditEntry> accessesTo(PersonId person);

    /** Re-computes the audit log's hash chain. */
    AuditVerification verifyAudit();

    /** Row counts and content fingerprints of each part of the store, to check that two stores hold the same. */
    StoreDigest digest();

    /**
     * Merges one person into another (explicit, audited on both persons, administrators only); every record of
     * {@code from} then belongs to {@code into}. Refused, with the reason in the result, without a reason, for an
     * unknown person, a person merged with itself, or a person already merged away (on either side).
     */
    MergeResult merge(PersonId from, PersonId into, Actor actor, String reason);

    /**
     * Undoes a merge, returning the records to the person they came from (explicit, audited, with a reason). Refused,
     * with the reason in the result, for a merge that does not exist or was already undone.
     */
    MergeResult unmerge(long mergeId, Actor actor, String reason);

    /** Merges, newest first, undone ones included; only those that moved records from or into the person when given. */
    List<PersonMerge> merges(Optional<PersonId> person, int limit);

    /** One merge, undone or not. */
    Optional<PersonMerge> merge(long mergeId);

    /** What each source organisation has sent: received, stored, duplicates, quarantined by reason, and when last (data quality). */
    List<SourceStatistics> sourceStatistics();

    /** Streams one kind of pseudonymised fact (records of the matching {@link AnalyticFacts} type). */
    void facts(AnalyticFacts.Kind kind, Consumer<Object> sink);

    /**
     * The persons behind analytics pseudonyms (e.g. a cohort) that the actor may see for direct care: refused for
     * roles that do not give direct care; otherwise only people with a legitimate relationship to the actor's
     * organisation (never break glass). Every person shown, and the request itself, is audited.
     */
    Reidentification reidentify(Actor actor, java.util.Collection<String> pseudonyms, String purpose);

    /** The record account (role, organisation) of a signed-in user, for other modules' pages and APIs. */
    Optional<Actor> account(String username);

    /**
     * Streams the facts of one kind inserted or updated after {@code sinceSequence} (0: all), in sequence order,
     * each with its change sequence and stable key; returns the highest sequence seen (or {@code sinceSequence}).
     */
    long facts(AnalyticFacts.Kind kind, long sinceSequence, Consumer<AnalyticFacts.Change> sink);

    /**
     * Adds a person's account (administrators, or the operator on the command line): the password (at least 12
     * characters) is kept only as a BCrypt hash. Refused, with the reason, for a name already taken, a short password,
     * a staff role without an organisation, or a feed (feeds are registered with {@link #registerFeed}).
     */
    AccountResult addAccount(Actor account, char[] password, Actor by);

    /**
     * Registers an integration feed: a machine identity that sends one organisation's records (and reads none). Its
     * credential is made here and returned once in the result; only its hash is kept.
     */
    AccountResult registerFeed(String name, String organisation, Actor by);

    /** The accounts and feeds held in the store (not the demo's), by name; administrators only. */
    List<Actor> accounts(Actor by);

    /**
     * Loads opt-outs of one kind from a list of NHS numbers (one a line, or a CSV's first column) or from FHIR
     * {@code Consent} resources (a {@code .json} Bundle or resource, or {@code .ndjson}): every line or resource is
     * loaded or rejected with file:line and the reason, all in one transaction, audited; importing again changes
     * nothing. Administrators (the operator on the command line) only.
     */
    OptOutImport importOptOuts(Path file, OptOutKind kind, Actor by);

    /** The person's current choice for each kind of opt-out: the resident themselves, or an administrator. */
    java.util.List<OptOutChoice> optOuts(PersonId person, Actor by);

    /**
     * Records a person's choice for one kind of opt-out, audited: residents only for themselves, administrators for
     * anyone. Refused, with the reason in the result, for a person without a verified NHS number.
     */
    AccountResult recordOptOut(PersonId person, OptOutKind kind, boolean optedOut, Actor by);

    /** What analytics must leave out now because of opt-outs (the facts feed already leaves it out of new facts). */
    OptOutExclusions optOutExclusions();

    /** The resident's own record as one FHIR R4 Bundle (the content of Patient $everything) in JSON, audited. */
    String download(PersonId person, Actor by);
}
