package org.openics.engagement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.Actor;

/** Engagement's one entry point: consultations and the responses residents send to them. */
public interface Engagement {

    /** Every consultation, newest opening first (public: no personal data). */
    List<Consultation> consultations();

    Optional<Consultation> consultation(String code);

    /**
     * A resident's response, from the public page without an account: stored with a reference in one transaction when
     * every answer is valid and the consultation is open today; otherwise nothing is stored and the problems say why.
     */
    ResponseOutcome respond(String code, Map<String, String> answers);

    /**
     * The same with what the resident said about themselves (all optional, except an email address where the
     * consultation takes one response per person: a second response with the same address is refused).
     */
    ResponseOutcome respond(String code, Map<String, String> answers, Respondent respondent);

    /** Creates a consultation (the engagement lead only: {@link EngagementPermission#CREATE_CONSULTATION}); logged. */
    Created create(Actor actor, Consultation consultation);

    /**
     * Edits a consultation (the engagement lead: {@link EngagementPermission#CREATE_CONSULTATION}) after the checks of a
     * new one and of an edit: not once closed; documents and questions not after the internal deadline; an answered
     * question neither removed nor of another kind. Logged.
     */
    Created update(Actor actor, Consultation consultation);

    /** How many responses a consultation has had (the engagement lead only); the read is logged. */
    long responseCount(Actor actor, String code);

    /** The log of every write: who, when, what (the engagement lead only). */
    List<LogEntry> log(Actor actor);

    /**
     * Staff analysis: counts per option, scale point and coded theme, and who responded by place and age band against
     * the residents the registry holds; counts of 1 to 7 withheld ({@link Cell}). Engagement lead; the read is logged.
     */
    Analysis analysis(Actor actor, String code);

    /** Every response as CSV (reference, date, place, age band, one column per question, themes); no email or its hash. Logged. */
    String responsesCsv(Actor actor, String code);

    /** The free-text answers of a consultation with the themes given so far (engagement lead). */
    List<CodableAnswer> codable(Actor actor, String code);

    /** Adds a theme to a consultation's coding frame ({@link EngagementPermission#CODE_RESPONSES}); logged. */
    Created addTheme(Actor actor, String consultation, Theme theme);

    /** Sets the themes of one free-text answer (replacing those given before); logged. */
    Created code(Actor actor, String consultation, String reference, String question, java.util.Set<String> themes);

    /**
     * Records a "you said, we did" finding ({@link EngagementPermission#PUBLISH_FINDINGS}), published at once: its
     * decision must be in governance's public decision log and its indicator in the analytics catalogue. Logged.
     */
    Created recordFinding(Actor actor, Finding finding);

    /** The published findings (public), of one consultation or all; with their decision and indicator. */
    List<PublishedFinding> findings(java.util.Optional<String> consultation);

    /** The citizens' panel on a day: members, representativeness against the registry's residents, invitations, events. */
    Panel panel(Actor actor, java.time.LocalDate asAt);

    /** Recruits a member (a reference is made when the given one is blank); consent date required; logged. */
    Created recruit(Actor actor, PanelMember member);

    Created withdraw(Actor actor, String member, java.time.LocalDate on);

    /** Invites every active member (of one place, or all) not yet invited to a consultation that is open or not yet open. */
    Created invite(Actor actor, String consultation, java.util.Optional<String> place);

    /** Records that an invited member took part. */
    Created tookPart(Actor actor, String consultation, String member);

    Created recordEvent(Actor actor, PanelEvent event);

    Created addPartner(Actor actor, Partner partner);

    /** Healthwatch, voluntary and community partners and the health innovation network (public: organisations only). */
    List<Partner> partners();

    /** The innovation pipeline (every member of staff). */
    List<Innovation> innovations(Actor actor);

    /**
     * The innovations a place has adopted, with the date and the indicator before and after there (public: it names
     * organisations' adoptions and published indicator values, no person), for the place's page on the dashboard.
     */
    List<PlaceAdoption> adoptedIn(String place);

    /** Proposes an innovation at the need stage ({@link EngagementPermission#MANAGE_INNOVATION}); logged. */
    Created propose(Actor actor, Innovation innovation);

    /** Changes what is known of an innovation (need, owner, opportunity, evidence, evaluation, validator, due date); not its stage. */
    Created describe(Actor actor, Innovation innovation);

    /** Moves an innovation through its next stage gate, or says what the gate still needs. */
    Created advance(Actor actor, String innovation, Stage target);

    /** Records a place's adoption (once validated); logged. */
    Created adopt(Actor actor, String innovation, String place, java.time.LocalDate on);

    /** Where it spread, and its indicator before and after per place, adopters against the rest (observational). */
    Spread spread(Actor actor, String innovation);

    /**
     * Loads the demo consultations (one open, one closed, with responses, coded themes and "you said, we did" linked to
     * a demo governance decision), the panel and its partners, and innovations at each stage, unless there are
     * consultations already; true when loaded now.
     */
    boolean loadDemo();
}
