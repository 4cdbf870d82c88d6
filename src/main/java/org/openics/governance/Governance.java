package org.openics.governance;

import java.time.LocalDate;
import java.util.List;
import org.openics.kernel.Actor;

/**
 * Governance's one entry point: who may decide what, today, and why — and a record of what was decided
 * that cannot be altered unnoticed.
 */
public interface Governance {

    /** Loads the demo governance of the synthetic South East London ICS unless it is there; true when loaded now. */
    boolean loadDemo();

    /** Every body in force on a date checked against the constitution rules in force then. */
    ValidationReport validate(LocalDate asAt);

    /** Who may take a proposed decision on its date, the chain of delegation, and what escalates. */
    Routing route(ProposedDecision decision);

    /** The public functions and decision map as the scheme stood on a date. */
    DecisionMap map(LocalDate asAt);

    /**
     * Decides an agenda item (excluding conflicted members, checking quorum and authority) and logs the outcome; only an
     * actor with {@link GovernancePermission#RECORD_DECISION} may ({@link org.openics.kernel.NotAuthorised} otherwise).
     */
    DecisionRecord decide(Actor actor, DecideItem item);

    /** The decision log, oldest first; the public view withholds confidential items, stating the ground. */
    List<DecisionRecord> decisions(boolean publicView);

    /** Recomputes the hash chain of the decision log. */
    LogVerification verifyLog();

    /** The scheme of reservation and delegation as a readable YAML document (entries in force on the date, or all). */
    String exportScheme(LocalDate asAtOrNull);

    /**
     * Replaces the scheme with a YAML document; nothing changes when it has problems. Only an actor with
     * {@link GovernancePermission#REPLACE_SCHEME} may ({@link org.openics.kernel.NotAuthorised} otherwise).
     */
    SchemeImport importScheme(Actor actor, String yaml, String source);

    /**
     * The whole governance model — bodies, people, seats, offices held elsewhere, declared interests, constitution rules and
     * the scheme — as one YAML document; importing it again changes nothing.
     */
    String exportModel();

    /**
     * Replaces the whole governance model with a YAML document (as {@link #exportModel()} writes it). Every problem is
     * named with its line; with any problem nothing changes. Each import is a new dated model version.
     */
    ModelImport importModel(Actor actor, String yaml, String source);

    /**
     * Makes one dated change to the governance model as the actor (only a governance administrator may: otherwise
     * {@link org.openics.kernel.NotAuthorised}); the changed model is checked as a whole and kept as a new model version
     * attributed to the actor, or refused with the reasons and nothing changes.
     */
    ChangeResult change(org.openics.kernel.Actor actor, GovernanceChange change);

    /**
     * Governance's one history, newest first: every write — changes, whole-model and scheme imports, decisions, meeting
     * steps — when, by whom and what, with the model version it produced where it kept one.
     */
    List<HistoryEntry> history(int limit);

    /** The whole model as a version kept it (an import or a change), to read or import again. */
    java.util.Optional<String> modelDocument(int version);

    /**
     * Takes one step in running a meeting — schedule, add an item or a paper, record attendance and declarations, decide an
     * item (into the decision log), draft, amend or approve the minutes. Only an actor with
     * {@link GovernancePermission#RUN_MEETINGS} may ({@link org.openics.kernel.NotAuthorised} otherwise); a step that cannot be
     * taken is refused with its reasons and nothing changes. Every step is in the history.
     */
    MeetingResult runMeeting(Actor actor, MeetingAction action);

    /**
     * A meeting's pack: the whole meeting for an actor who may run meetings; for anyone else (or no one signed in) what the ICB
     * must publish — the public items and papers, the grounds for meeting in private, the approved minutes' public part.
     */
    java.util.Optional<MeetingPack> meeting(Actor actorOrNull, long id);

    /** Decision log record number → the meeting and agenda item it was taken at, for decisions taken at a recorded meeting (public). */
    java.util.Map<Long, MeetingPack.TakenAt> decisionsTakenAt();

    /** The forward plan and past meetings of every body, by date (public). */
    List<MeetingPack.Summary> meetings();

    /** The published register of interests of everyone holding a seat on a date (public). */
    InterestRegister interestRegister(LocalDate asAt);

    List<Body> bodies(LocalDate asAt);

    List<GovernedFunction> functions();

    /** The scheme's entries in force on a date. */
    List<Delegation> schemeEntries(LocalDate asAt);

    /** The terms of reference in force on a date of each body that has them. */
    List<TermsOfReference> termsOfReference(LocalDate asAt);
}
