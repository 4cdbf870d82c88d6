package org.openics.engagement.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openics.analytics.PopulationHealth;
import org.openics.engagement.AgeBand;
import org.openics.engagement.Analysis;
import org.openics.engagement.CodableAnswer;
import org.openics.engagement.Consultation;
import org.openics.engagement.Created;
import org.openics.engagement.Engagement;
import org.openics.engagement.EngagementPermission;
import org.openics.engagement.Finding;
import org.openics.engagement.Innovation;
import org.openics.engagement.LogEntry;
import org.openics.engagement.Panel;
import org.openics.engagement.PanelEvent;
import org.openics.engagement.PanelMember;
import org.openics.engagement.Partner;
import org.openics.engagement.Problem;
import org.openics.engagement.ProblemKind;
import org.openics.engagement.PublishedFinding;
import org.openics.engagement.Question;
import org.openics.engagement.QuestionKind;
import org.openics.engagement.Respondent;
import org.openics.engagement.ResponseOutcome;
import org.openics.engagement.Spread;
import org.openics.engagement.Stage;
import org.openics.engagement.Theme;
import org.openics.engagement.analysis.ResponseAnalysis;
import org.openics.engagement.analysis.ResponseRow;
import org.openics.engagement.analysis.ResponsesCsv;
import org.openics.engagement.consultations.ConsultationRules;
import org.openics.engagement.demo.DemoConsultations;
import org.openics.engagement.demo.DemoInnovations;
import org.openics.engagement.demo.DemoPanel;
import org.openics.governance.Body;
import org.openics.governance.DecisionRecord;
import org.openics.governance.Governance;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.platform.OpenIcsHome;
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
    private static final String DEMO = "demo";

    private final RegistryPlaces places;
    private final PopulationHealth health;
    private final String respondentKey;

    private final PanelService panel;
    private final InnovationService innovation;

    EngagementService(
            JdbcEngagementStore store,
            Governance governance,
            RegistryPlaces places,
            PopulationHealth health,
            OpenIcsHome home,
            PanelService panel,
            InnovationService innovation) {
        this.panel = panel;
        this.innovation = innovation;
        this.store = store;
        this.governance = governance;
        this.places = places;
        this.health = health;
        this.respondentKey = home.secret("engagement-respondent-key", 32);
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
    public ResponseOutcome respond(String code, Map<String, String> answers) {
        return respond(code, answers, Respondent.ANONYMOUS);
    }

    @Override
    @Transactional
    public ResponseOutcome respond(String code, Map<String, String> answers, Respondent respondent) {
        Optional<Consultation> found = consultation(code);
        if (found.isEmpty()) {
            return ResponseOutcome.refused(List.of(
                    new Problem(ProblemKind.NO_SUCH_CONSULTATION, "", "There is no consultation '" + code + "'.")));
        }
        Consultation c = found.get();
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>(ConsultationRules.check(c, answers, today));
        boolean closed =
                problems.stream().anyMatch(p -> p.kind() == ProblemKind.CLOSED || p.kind() == ProblemKind.NOT_YET_OPEN);
        if (!closed) {
            problems.addAll(ConsultationRules.check(
                    c, respondent, places.names(today).keySet(), (lsoa, place) -> places.lsoaIn(today, lsoa, place)));
        }
        String personKey = c.onePerPerson()
                ? respondent.email().map(e -> personKey(c.code(), e)).orElse(null)
                : null;
        if (problems.isEmpty() && personKey != null && store.responded(c.code(), personKey)) {
            problems.add(
                    new Problem(
                            ProblemKind.ALREADY_RESPONDED,
                            ConsultationRules.EMAIL,
                            "A response with this email address has been received already: this consultation takes one response per person"));
        }
        if (!problems.isEmpty()) {
            return ResponseOutcome.refused(problems);
        }
        String reference = reference("R-");
        store.insertResponse(
                c.code(),
                reference,
                clock.instant(),
                ConsultationRules.answered(c, answers),
                personKey,
                respondent.place().orElse(null),
                respondent.ageBand().flatMap(AgeBand::parse).map(Enum::name).orElse(null),
                respondent.lsoa().orElse(null),
                respondent
                        .ethnicGroup()
                        .flatMap(org.openics.engagement.EthnicGroup::parse)
                        .map(Enum::name)
                        .orElse(null));
        store.log("resident", clock.instant(), "response received", c.code() + " " + reference);
        return ResponseOutcome.stored(reference);
    }

    /**
     * A keyed hash of the email address for this consultation: the same address gives the same key (so a second response
     * is recognised) but the address cannot be read back, nor matched across consultations or instances without the key.
     */
    private String personKey(String consultation, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(respondentKey.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] hash = mac.doFinal(
                    (consultation + "\n" + ConsultationRules.normalisedEmail(email)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private String reference(String prefix) {
        StringBuilder s = new StringBuilder(prefix);
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

    @Override
    @Transactional
    public Created update(Actor actor, Consultation consultation) {
        Authorisation.require(actor, EngagementPermission.CREATE_CONSULTATION);
        Consultation stored = existing(consultation.code());
        List<Problem> problems = draftProblems(consultation);
        problems.addAll(ConsultationRules.checkEdit(
                stored, consultation, LocalDate.now(clock), store.answeredKeys(stored.code())));
        if (!problems.isEmpty()) {
            return new Created(false, problems);
        }
        store.update(consultation, actor.username(), clock.instant());
        store.log(actor.username(), clock.instant(), "consultation edited", consultation.code());
        return new Created(true, List.of());
    }

    /** The checks of a consultation as drafted: the rules, with the owner bodies in force and the registry's places. */
    private List<Problem> draftProblems(Consultation consultation) {
        Set<String> bodies =
                governance.bodies(LocalDate.now(clock)).stream().map(Body::code).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>(ConsultationRules.check(consultation, bodies));
        Set<String> known = places.names(LocalDate.now(clock)).keySet();
        consultation.audiencePlaces().stream()
                .filter(p -> !known.contains(p))
                .forEach(p -> problems.add(new Problem(
                        ProblemKind.INVALID_FIELD, "audiencePlaces", "'" + p + "' is not a place in the registry")));
        return problems;
    }

    private Created store(Consultation consultation, String by) {
        List<Problem> problems = draftProblems(consultation);
        if (consultation.code() != null && store.exists(consultation.code())) {
            problems.add(new Problem(
                    ProblemKind.DUPLICATE, "code", "a consultation '" + consultation.code() + "' exists already"));
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
    public Analysis analysis(Actor actor, String code) {
        Authorisation.require(actor, EngagementPermission.READ_RESPONSES);
        Consultation c = existing(code);
        store.log(actor.username(), clock.instant(), "responses analysed", code);
        LocalDate today = LocalDate.now(clock);
        var audience = places.places(today, c.audiencePlaces());
        List<org.openics.engagement.analysis.ResponseRow> responses = store.responses(code);
        Map<String, Integer> quintiles = new java.util.HashMap<>();
        responses.stream()
                .flatMap(r -> r.lsoa().stream())
                .distinct()
                .forEach(l -> places.quintile(today, l).ifPresent(q -> quintiles.put(l, q)));
        return ResponseAnalysis.of(
                c,
                responses,
                store.themes(code),
                new ResponseAnalysis.Populations(
                        audience,
                        places.residents(today, audience),
                        places.residentsByAge(today, audience),
                        quintiles,
                        places.residentsByQuintile(today, audience),
                        peopleByEthnicGroup(audience)));
    }

    /** The people of the places by NHS broad ethnic group, from analytics; empty unless every place has its figures. */
    private Map<String, Long> peopleByEthnicGroup(
            List<org.openics.engagement.analysis.Representativeness.Group> audience) {
        Map<String, Long> total = new java.util.HashMap<>();
        for (var place : audience) {
            var people = health.peopleByEthnicGroup(org.openics.analytics.Level.PLACE, place.code());
            if (people.isEmpty() || people.get().isEmpty()) {
                return Map.of();
            }
            people.get().forEach((group, count) -> total.merge(group, count, Long::sum));
        }
        return total;
    }

    @Override
    public String responsesCsv(Actor actor, String code) {
        Authorisation.require(actor, EngagementPermission.READ_RESPONSES);
        Consultation c = existing(code);
        store.log(actor.username(), clock.instant(), "responses exported", code);
        return ResponsesCsv.of(c, store.responses(code), places.names(LocalDate.now(clock)));
    }

    @Override
    public List<CodableAnswer> codable(Actor actor, String code) {
        Authorisation.require(actor, EngagementPermission.READ_RESPONSES);
        Consultation c = existing(code);
        store.log(actor.username(), clock.instant(), "free text read for coding", code);
        List<CodableAnswer> answers = new ArrayList<>();
        for (ResponseRow r : store.responses(code)) {
            for (Question q : c.questions()) {
                if (q.kind() == QuestionKind.FREE_TEXT && r.answers().containsKey(q.key())) {
                    answers.add(new CodableAnswer(
                            r.reference(),
                            q.key(),
                            r.answers().get(q.key()),
                            r.themes().getOrDefault(q.key(), Set.of())));
                }
            }
        }
        return answers;
    }

    @Override
    @Transactional
    public Created addTheme(Actor actor, String consultation, Theme theme) {
        Authorisation.require(actor, EngagementPermission.CODE_RESPONSES);
        return addTheme(actor.username(), consultation, theme);
    }

    private Created addTheme(String by, String consultation, Theme theme) {
        existing(consultation);
        List<Problem> problems = new ArrayList<>();
        if (theme.code() == null || !theme.code().matches("[a-z0-9][a-z0-9-]{0,39}")) {
            problems.add(new Problem(
                    ProblemKind.INVALID_FIELD,
                    "code",
                    "a theme's code is 1 to 40 lower-case letters, digits or hyphens"));
        }
        if (theme.label() == null || theme.label().isBlank() || theme.label().length() > 120) {
            problems.add(
                    new Problem(ProblemKind.INVALID_FIELD, "label", "a theme needs a label of up to 120 characters"));
        }
        if (problems.isEmpty()
                && store.themes(consultation).stream().anyMatch(t -> t.code().equals(theme.code()))) {
            problems.add(new Problem(ProblemKind.DUPLICATE, "code", "the theme '" + theme.code() + "' exists already"));
        }
        if (!problems.isEmpty()) {
            return new Created(false, problems);
        }
        store.insertTheme(consultation, theme);
        store.log(by, clock.instant(), "theme added", consultation + " " + theme.code());
        return new Created(true, List.of());
    }

    @Override
    @Transactional
    public Created code(Actor actor, String consultation, String reference, String question, Set<String> themes) {
        Authorisation.require(actor, EngagementPermission.CODE_RESPONSES);
        return code(actor.username(), consultation, reference, question, themes);
    }

    private Created code(String by, String consultation, String reference, String question, Set<String> themes) {
        Consultation c = existing(consultation);
        Set<String> known = store.themes(consultation).stream().map(Theme::code).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        Optional<Long> response = store.responseId(consultation, reference);
        if (response.isEmpty()) {
            problems.add(new Problem(
                    ProblemKind.NOT_FOUND, "reference", "no response " + reference + " to " + consultation));
        }
        if (c.questions().stream().noneMatch(q -> q.key().equals(question) && q.kind() == QuestionKind.FREE_TEXT)) {
            problems.add(new Problem(
                    ProblemKind.UNKNOWN_QUESTION,
                    "question",
                    "'" + question + "' is not a free-text question of " + consultation));
        }
        themes.stream()
                .filter(t -> !known.contains(t))
                .forEach(t -> problems.add(new Problem(
                        ProblemKind.NOT_AN_OPTION, "themes", "'" + t + "' is not a theme of " + consultation)));
        if (!problems.isEmpty()) {
            return new Created(false, problems);
        }
        store.setCoding(response.get(), question, themes, by, clock.instant());
        store.log(
                by,
                clock.instant(),
                "answer coded",
                consultation + " " + reference + " " + question + " " + new java.util.TreeSet<>(themes));
        return new Created(true, List.of());
    }

    @Override
    @Transactional
    public Created recordFinding(Actor actor, Finding finding) {
        Authorisation.require(actor, EngagementPermission.PUBLISH_FINDINGS);
        return recordFinding(actor.username(), finding);
    }

    private Created recordFinding(String by, Finding f) {
        List<Problem> problems = new ArrayList<>();
        Optional<Consultation> c = consultation(f.consultation());
        if (c.isEmpty()) {
            return new Created(
                    false,
                    List.of(new Problem(
                            ProblemKind.NO_SUCH_CONSULTATION,
                            "consultation",
                            "no consultation '" + f.consultation() + "'")));
        }
        if (f.youSaid() == null || f.youSaid().isBlank() || f.youSaid().length() > 2000) {
            problems.add(new Problem(
                    ProblemKind.INVALID_FIELD, "youSaid", "say what residents said (up to 2,000 characters)"));
        }
        if (f.weDid() == null || f.weDid().isBlank() || f.weDid().length() > 2000) {
            problems.add(new Problem(ProblemKind.INVALID_FIELD, "weDid", "say what was done (up to 2,000 characters)"));
        }
        f.theme()
                .filter(t -> store.themes(f.consultation()).stream()
                        .noneMatch(x -> x.code().equals(t)))
                .ifPresent(t -> problems.add(new Problem(
                        ProblemKind.NOT_AN_OPTION, "theme", "'" + t + "' is not a theme of " + f.consultation())));
        f.decision()
                .filter(d -> publicDecision(d).isEmpty())
                .ifPresent(d -> problems.add(new Problem(
                        ProblemKind.NOT_FOUND,
                        "decision",
                        "decision " + d + " is not in the public decision log (unknown, or confidential)")));
        f.indicator()
                .filter(i -> health.indicator(i).isEmpty())
                .ifPresent(i -> problems.add(new Problem(
                        ProblemKind.NOT_FOUND, "indicator", "'" + i + "' is not an indicator of the catalogue")));
        if (!problems.isEmpty()) {
            return new Created(false, problems);
        }
        store.insertFinding(f, by, clock.instant());
        store.log(
                by,
                clock.instant(),
                "finding published",
                f.consultation() + f.decision().map(d -> " decision " + d).orElse(""));
        return new Created(true, List.of());
    }

    private Optional<DecisionRecord> publicDecision(long sequence) {
        return governance.decisions(true).stream()
                .filter(d -> d.sequence() == sequence && !d.confidential())
                .findFirst();
    }

    @Override
    public List<PublishedFinding> findings(Optional<String> consultation) {
        Map<String, String> titles =
                consultations().stream().collect(Collectors.toMap(Consultation::code, Consultation::title));
        Map<Long, DecisionRecord> decisions = governance.decisions(true).stream()
                .filter(d -> !d.confidential())
                .collect(Collectors.toMap(DecisionRecord::sequence, d -> d, (a, b) -> a));
        Map<String, String> bodies = governance.bodies(LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(Body::code, Body::name, (a, b) -> a));
        return store.findings().stream()
                .filter(f -> consultation.map(f.consultation()::equals).orElse(true))
                .map(f -> new PublishedFinding(
                        f,
                        titles.get(f.consultation()),
                        f.decision()
                                .map(decisions::get)
                                .map(d -> new PublishedFinding.Decision(
                                        d.sequence(),
                                        bodies.getOrDefault(d.body(), d.body()),
                                        d.meetingDate(),
                                        d.item(),
                                        d.outcome().label())),
                        f.indicator().flatMap(health::indicator).map(i -> i.title())))
                .toList();
    }

    @Override
    public Panel panel(Actor actor, LocalDate asAt) {
        Authorisation.require(actor, EngagementPermission.READ_PANEL);
        return panel.panel(asAt);
    }

    @Override
    @Transactional
    public Created recruit(Actor actor, PanelMember member) {
        Authorisation.require(actor, EngagementPermission.MANAGE_PANEL);
        String reference =
                member.reference() == null || member.reference().isBlank() ? reference("P-") : member.reference();
        return panel.recruit(actor.username(), member, reference);
    }

    @Override
    @Transactional
    public Created withdraw(Actor actor, String member, LocalDate on) {
        Authorisation.require(actor, EngagementPermission.MANAGE_PANEL);
        return panel.withdraw(actor.username(), member, on);
    }

    @Override
    @Transactional
    public Created invite(Actor actor, String consultation, Optional<String> place) {
        Authorisation.require(actor, EngagementPermission.MANAGE_PANEL);
        return panel.invite(actor.username(), consultation, place);
    }

    @Override
    @Transactional
    public Created tookPart(Actor actor, String consultation, String member) {
        Authorisation.require(actor, EngagementPermission.MANAGE_PANEL);
        return panel.tookPart(actor.username(), consultation, member);
    }

    @Override
    @Transactional
    public Created recordEvent(Actor actor, PanelEvent event) {
        Authorisation.require(actor, EngagementPermission.MANAGE_PANEL);
        return panel.recordEvent(actor.username(), event);
    }

    @Override
    @Transactional
    public Created addPartner(Actor actor, Partner partner) {
        Authorisation.require(actor, EngagementPermission.MANAGE_PANEL);
        return panel.addPartner(actor.username(), partner);
    }

    @Override
    public List<Partner> partners() {
        return panel.partners();
    }

    @Override
    public List<Innovation> innovations(Actor actor) {
        Authorisation.require(actor, EngagementPermission.READ_INNOVATION);
        return innovation.innovations();
    }

    @Override
    @Transactional
    public Created propose(Actor actor, Innovation proposed) {
        Authorisation.require(actor, EngagementPermission.MANAGE_INNOVATION);
        return innovation.propose(actor.username(), proposed);
    }

    @Override
    @Transactional
    public Created describe(Actor actor, Innovation described) {
        Authorisation.require(actor, EngagementPermission.MANAGE_INNOVATION);
        return innovation.describe(actor.username(), described);
    }

    @Override
    @Transactional
    public Created advance(Actor actor, String code, Stage target) {
        Authorisation.require(actor, EngagementPermission.MANAGE_INNOVATION);
        return innovation.advance(actor.username(), code, target);
    }

    @Override
    @Transactional
    public Created adopt(Actor actor, String code, String place, LocalDate on) {
        Authorisation.require(actor, EngagementPermission.MANAGE_INNOVATION);
        return innovation.adopt(actor.username(), code, place, on);
    }

    @Override
    public List<org.openics.engagement.PlaceAdoption> adoptedIn(String place) {
        return innovation.adoptedIn(place);
    }

    @Override
    public Spread spread(Actor actor, String code) {
        Authorisation.require(actor, EngagementPermission.READ_INNOVATION);
        return innovation.spread(code);
    }

    private Consultation existing(String code) {
        return consultation(code)
                .orElseThrow(() -> new java.util.NoSuchElementException("There is no consultation '" + code + "'."));
    }

    @Override
    @Transactional
    public boolean loadDemo() {
        places.ensureDemoIcs();
        LocalDate today = LocalDate.now(clock);
        List<String> placeCodes = List.copyOf(places.names(today).keySet());
        boolean loaded = false;
        for (Consultation c : DemoConsultations.consultations(today)) {
            if (store.exists(c.code())) {
                continue; // a store made by an earlier demo keeps what it has; what is new is added
            }
            demo(store(c, DEMO), c.code());
            DemoConsultations.themes(c.code()).forEach(t -> demo(addTheme(DEMO, c.code(), t), c.code()));
            List<DemoConsultations.DemoResponse> responses = DemoConsultations.responses(c.code(), placeCodes);
            for (int i = 0; i < responses.size(); i++) {
                DemoConsultations.DemoResponse r = responses.get(i);
                String reference = reference("R-");
                store.insertResponse(
                        c.code(),
                        reference,
                        c.closes()
                                .minusDays(r.daysBeforeClosing())
                                .atStartOfDay(clock.getZone())
                                .toInstant(),
                        r.answers(),
                        c.onePerPerson() ? personKey(c.code(), "demo-" + i + "@example.org") : null,
                        r.place(),
                        r.ageBand() == null ? null : r.ageBand().name());
                for (Question q : c.questions()) {
                    if (q.kind() == QuestionKind.FREE_TEXT
                            && r.answers().containsKey(q.key())
                            && !r.themes().isEmpty()) {
                        demo(code(DEMO, c.code(), reference, q.key(), r.themes()), c.code());
                    }
                }
            }
            Optional<Long> decision = governance.decisions(true).stream()
                    .filter(d -> !d.confidential() && DemoConsultations.GP_DECISION_ITEM.equals(d.item()))
                    .map(DecisionRecord::sequence)
                    .findFirst();
            DemoConsultations.findings(c.code(), decision).forEach(f -> demo(recordFinding(DEMO, f), c.code()));
            loaded = true;
        }
        if (panel.partners().isEmpty()) {
            DemoPanel.partners(placeCodes).forEach(p -> demo(panel.addPartner(DEMO, p), p.code()));
            Map<String, List<String>> lsoas = new java.util.LinkedHashMap<>();
            placeCodes.forEach(p -> lsoas.put(p, places.lsoas(today, p)));
            DemoPanel.members(lsoas, today).forEach(m -> demo(panel.recruit(DEMO, m, m.reference()), m.reference()));
            DemoPanel.events(placeCodes, today).forEach(e -> demo(panel.recordEvent(DEMO, e), e.title()));
            demo(panel.invite(DEMO, DemoConsultations.OPEN, Optional.empty()), DemoConsultations.OPEN);
            panel.panel(today).members().stream()
                    .limit(19)
                    .forEach(m -> panel.tookPart(DEMO, DemoConsultations.OPEN, m.reference()));
            loaded = true;
        }
        if (innovation.innovations().isEmpty()) {
            for (DemoInnovations.Plan plan : DemoInnovations.plans(placeCodes, today)) {
                String code = plan.innovation().code();
                demo(innovation.propose(DEMO, plan.innovation()), code);
                for (Stage s = Stage.NEED; s != plan.reach(); s = s.next().orElseThrow()) {
                    Stage next = s.next().orElseThrow();
                    if (next == Stage.ADOPTION) {
                        plan.adoptions().stream()
                                .filter(a -> a[0] < placeCodes.size())
                                .forEach(a -> demo(
                                        innovation.adopt(DEMO, code, placeCodes.get(a[0]), today.minusDays(a[1])),
                                        code));
                    }
                    demo(innovation.advance(DEMO, code, next), code);
                }
            }
            loaded = true;
        }
        return loaded;
    }

    /** A demo write that fails means the demo data (or the demo governance it needs) is wrong: say so loudly. */
    private static void demo(Created created, String what) {
        if (!created.stored()) {
            throw new IllegalStateException("the demo engagement data " + what
                    + " is invalid (is the demo governance loaded?): " + created.problems());
        }
    }
}
