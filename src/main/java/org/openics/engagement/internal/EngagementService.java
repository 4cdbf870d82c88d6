package org.openics.engagement.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openics.engagement.Consultation;
import org.openics.engagement.Created;
import org.openics.engagement.Engagement;
import org.openics.engagement.EngagementPermission;
import org.openics.engagement.LogEntry;
import org.openics.engagement.Problem;
import org.openics.engagement.ProblemKind;
import org.openics.engagement.ResponseOutcome;
import org.openics.engagement.consultations.ConsultationRules;
import org.openics.engagement.demo.DemoConsultations;
import org.openics.governance.Body;
import org.openics.governance.Governance;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EngagementService implements Engagement {

    /** Reference letters without look-alikes (no 0/O, 1/I/L). */
    private static final char[] REFERENCE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private final JdbcEngagementStore store;
    private final Governance governance;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EngagementService(JdbcEngagementStore store, Governance governance) {
        this.store = store;
        this.governance = governance;
        this.clock = Clock.systemDefaultZone();
    }

    @Override
    public List<Consultation> consultations() {
        return store.consultations();
    }

    @Override
    public Optional<Consultation> consultation(String code) {
        return consultations().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    @Transactional
    public ResponseOutcome respond(String code, Map<String, String> answers) {
        Optional<Consultation> found = consultation(code);
        if (found.isEmpty()) {
            return ResponseOutcome.refused(List.of(new Problem(ProblemKind.NO_SUCH_CONSULTATION, "", "There is no consultation '" + code + "'.")));
        }
        Consultation c = found.get();
        List<Problem> problems = ConsultationRules.check(c, answers, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            return ResponseOutcome.refused(problems);
        }
        String reference = reference();
        store.insertResponse(c.code(), reference, clock.instant(), ConsultationRules.answered(c, answers));
        store.log("resident", clock.instant(), "response received", c.code() + " " + reference);
        return ResponseOutcome.stored(reference);
    }

    private String reference() {
        StringBuilder s = new StringBuilder("R-");
        for (int i = 0; i < 8; i++) {
            s.append(REFERENCE[random.nextInt(REFERENCE.length)]);
        }
        return s.toString();
    }

    @Override
    @Transactional
    public Created create(Actor actor, Consultation consultation) {
        Authorisation.require(actor, EngagementPermission.CREATE_CONSULTATION);
        return store(consultation, actor.username());
    }

    private Created store(Consultation consultation, String by) {
        Set<String> bodies = governance.bodies(LocalDate.now(clock)).stream().map(Body::code).collect(Collectors.toSet());
        List<Problem> problems = new java.util.ArrayList<>(ConsultationRules.check(consultation, bodies));
        if (consultation.code() != null && store.exists(consultation.code())) {
            problems.add(new Problem(ProblemKind.DUPLICATE, "code", "a consultation '" + consultation.code() + "' exists already"));
        }
        if (!problems.isEmpty()) {
            return new Created(false, problems);
        }
        store.insert(consultation, by, clock.instant());
        store.log(by, clock.instant(), "consultation created", consultation.code());
        return new Created(true, List.of());
    }

    @Override
    public long responseCount(Actor actor, String code) {
        Authorisation.require(actor, EngagementPermission.READ_RESPONSES);
        store.log(actor.username(), clock.instant(), "response count read", code);
        return store.responseCount(code);
    }

    @Override
    public List<LogEntry> log(Actor actor) {
        Authorisation.require(actor, EngagementPermission.READ_LOG);
        return store.log();
    }

    @Override
    @Transactional
    public boolean loadDemo() {
        if (store.hasConsultations()) {
            return false;
        }
        for (Consultation c : DemoConsultations.consultations(LocalDate.now(clock))) {
            Created created = store(c, "demo");
            if (!created.stored()) {
                throw new IllegalStateException("the demo consultation " + c.code() + " is invalid (is the demo governance loaded?): "
                        + created.problems());
            }
        }
        return true;
    }
}
