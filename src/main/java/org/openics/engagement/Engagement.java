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

    /** Creates a consultation (the engagement lead only: {@link EngagementPermission#CREATE_CONSULTATION}); logged. */
    Created create(Actor actor, Consultation consultation);

    /** How many responses a consultation has had (the engagement lead only); the read is logged. */
    long responseCount(Actor actor, String code);

    /** The log of every write: who, when, what (the engagement lead only). */
    List<LogEntry> log(Actor actor);

    /** Loads the demo consultations (one open, one closed) unless there are consultations already; true when loaded now. */
    boolean loadDemo();
}
