package org.openics.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openics.governance.AgendaItem;
import org.openics.governance.Body;
import org.openics.governance.ChangeResult;
import org.openics.governance.DecideItem;
import org.openics.governance.DecisionMap;
import org.openics.governance.DecisionRecord;
import org.openics.governance.Governance;
import org.openics.governance.GovernanceChange;
import org.openics.governance.GovernancePermission;
import org.openics.governance.GovernedFunction;
import org.openics.governance.HistoryEntry;
import org.openics.governance.InterestRegister;
import org.openics.governance.ItemPurpose;
import org.openics.governance.LogVerification;
import org.openics.governance.Meeting;
import org.openics.governance.MeetingAction;
import org.openics.governance.MeetingPack;
import org.openics.governance.MeetingResult;
import org.openics.governance.ModelImport;
import org.openics.governance.ProposedDecision;
import org.openics.governance.Routing;
import org.openics.governance.SchemeImport;
import org.openics.governance.ValidationReport;
import org.openics.governance.constitution.ConstitutionCheck;
import org.openics.governance.constitution.SystemOrganisations;
import org.openics.governance.delegation.DecisionMaps;
import org.openics.governance.delegation.DecisionRouter;
import org.openics.governance.delegation.SchemeCheck;
import org.openics.governance.demo.DemoGovernance;
import org.openics.governance.log.DecisionChain;
import org.openics.governance.meetings.ItemDecisions;
import org.openics.governance.meetings.ItemResult;
import org.openics.governance.meetings.MeetingPacks;
import org.openics.governance.meetings.MeetingSteps;
import org.openics.governance.meetings.MinutesDrafts;
import org.openics.governance.model.GovernanceModel;
import org.openics.governance.model.ModelCheck;
import org.openics.governance.model.ModelEdits;
import org.openics.governance.register.InterestRegisters;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.kernel.OdsCode;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.registry.Relation;
import org.openics.registry.SystemOfSystems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The governance entry point: reads from a cached model, writes in one locked transaction each. */
@Service
class GovernanceService implements Governance {

    /** Kinds of organisation that count as partners of the ICS when they belong to it or serve its places. */
    private static final List<OrganisationKind> PARTNER_KINDS = List.of(
            OrganisationKind.NHS_TRUST,
            OrganisationKind.COMMUNITY_INTEREST_COMPANY,
            OrganisationKind.PROVIDER_COLLABORATIVE,
            OrganisationKind.GP_PRACTICE,
            OrganisationKind.PCN);

    /** The demo's meetings are recorded as its board secretary would (only ever on a store with no governance yet). */
    private static final Actor DEMO = new Actor(
            "demo",
            org.openics.kernel.UserRole.GOVERNANCE_ADMIN,
            java.util.Optional.empty(),
            java.util.Optional.empty());

    private final JdbcGovernanceStore store;
    private final JdbcMeetingStore meetings;
    private final Registry registry;
    private final TransactionTemplate transactions;
    private volatile GovernanceModel cached;
    /** Registry facts per date, reused while the registry hands back the same snapshot (it changes only on import). */
    private final Map<LocalDate, Facts> facts = new ConcurrentHashMap<>();

    private record Facts(SystemOfSystems snapshot, String icb, SystemOrganisations organisations) {}

    GovernanceService(
            JdbcGovernanceStore store, JdbcMeetingStore meetings, Registry registry, TransactionTemplate transactions) {
        this.store = store;
        this.meetings = meetings;
        this.registry = registry;
        this.transactions = transactions;
    }

    @Override
    public boolean loadDemo() {
        Boolean loaded = transactions.execute(status -> {
            store.lockForWriting();
            if (store.hasSystem()) {
                return false;
            }
            GovernanceModel demo = DemoModel.model();
            store.saveStructure(demo);
            store.replaceScheme(demo.functions(), demo.delegations(), "demo: synthetic South East London");
            int version = store.recordModelVersion("demo", ModelYaml.write(demo), counts(demo));
            store.logChange(
                    DEMO,
                    GovernancePermission.CHANGE_MODEL,
                    "loaded the demo governance of the synthetic South East London ICS",
                    version);
            return true;
        });
        cached = null;
        if (Boolean.TRUE.equals(loaded)) {
            DemoGovernance.meetings().forEach(item -> decide(DEMO, item));
        }
        return Boolean.TRUE.equals(loaded);
    }

    @Override
    public ValidationReport validate(LocalDate asAt) {
        GovernanceModel model = model();
        return new ConstitutionCheck(model, organisations(model, asAt)).on(asAt);
    }

    @Override
    public Routing route(ProposedDecision decision) {
        GovernanceModel model = model();
        return new DecisionRouter(model, organisations(model, decision.date())).route(decision);
    }

    @Override
    public DecisionMap map(LocalDate asAt) {
        GovernanceModel model = model();
        return new DecisionMaps(model, organisations(model, asAt)).on(asAt);
    }

    @Override
    public DecisionRecord decide(Actor actor, DecideItem item) {
        Authorisation.require(actor, GovernancePermission.RECORD_DECISION);
        return transactions.execute(status -> seal(actor, item));
    }

    /** Decides the item and appends it to the chain, in the caller's transaction. */
    private DecisionRecord seal(Actor actor, DecideItem item) {
        store.lockForWriting();
        GovernanceModel model = model();
        SystemOrganisations system = organisations(model, item.meetingDate());
        Routing route = new DecisionRouter(model, system).route(item.decision());
        ItemResult result = new ItemDecisions(model, system).decide(item, route);
        if (result.refused()) {
            // nothing is written: the votes given cannot decide the item
            throw new VotesRefused(result.problems());
        }
        DecisionRecord last = store.lastDecision().orElse(null);
        ProposedDecision d = item.decision();
        // PostgreSQL keeps microseconds: hash what will be stored
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DecisionRecord sealed = DecisionChain.seal(new DecisionRecord(
                last == null ? 1 : last.sequence() + 1,
                now,
                item.body(),
                item.meetingDate(),
                item.item(),
                item.proposal(),
                d.function(),
                d.valuePounds(),
                d.place(),
                d.counterparties(),
                result.outcome(),
                result.reason(),
                result.entry(),
                result.excluded(),
                item.confidentialGround(),
                result.votes(),
                last == null ? DecisionChain.GENESIS : last.hash(),
                null));
        store.append(sealed);
        store.logChange(
                actor,
                GovernancePermission.RECORD_DECISION,
                "decision " + sealed.sequence() + " (" + item.body() + ", " + item.item() + "): " + sealed.outcome());
        return sealed;
    }

    @Override
    public MeetingResult runMeeting(Actor actor, MeetingAction action) {
        Authorisation.require(actor, GovernancePermission.RUN_MEETINGS);
        if (action instanceof MeetingAction.Decide) {
            Authorisation.require(actor, GovernancePermission.RECORD_DECISION);
        }
        return transactions.execute(status -> {
            store.lockForWriting();
            GovernanceModel model = model();
            Meeting meeting = action.meeting() == 0
                    ? null
                    : meetings.find(action.meeting()).orElse(null);
            if (action instanceof MeetingAction.Decide d) {
                return decideOnAgenda(actor, model, meeting, d);
            }
            Meeting after;
            if (action instanceof MeetingAction.DraftMinutes) {
                if (meeting == null
                        || (meeting.minutes() != null && meeting.minutes().approved())) {
                    return refusedStep(
                            action,
                            meeting == null
                                    ? "there is no meeting " + action.meeting()
                                    : "the minutes were approved on "
                                            + meeting.minutes().approvedOn() + ": they are no longer a draft");
                }
                after = meeting.withMinutes(MinutesDrafts.draft(pack(model, meeting, false)));
            } else {
                LocalDate date = action instanceof MeetingAction.Schedule s
                        ? s.date()
                        : meeting == null ? LocalDate.now() : meeting.date();
                MeetingSteps.Result result = new MeetingSteps(
                                model, organisations(model, date == null ? LocalDate.now() : date))
                        .apply(meeting, action, meetings::find);
                if (!result.problems().isEmpty()) {
                    return new MeetingResult(action.meeting(), action.describe(), null, result.problems());
                }
                after = result.meeting();
            }
            long id = meetings.save(after);
            String what = action instanceof MeetingAction.Schedule
                    ? action.describe() + " (meeting " + id + ")"
                    : action.describe();
            store.logChange(actor, GovernancePermission.RUN_MEETINGS, what);
            return new MeetingResult(id, what, null, List.of());
        });
    }

    /** An item for decision decided on the attendance recorded, sealed into the decision log and linked from the agenda. */
    private MeetingResult decideOnAgenda(Actor actor, GovernanceModel model, Meeting meeting, MeetingAction.Decide d) {
        if (meeting == null) {
            return refusedStep(d, "there is no meeting " + d.meeting());
        }
        AgendaItem item = meeting.item(d.item()).orElse(null);
        String problem = item == null
                ? "there is no item " + d.item() + " on the agenda"
                : item.purpose() != ItemPurpose.DECISION
                        ? "item " + d.item() + " is " + item.purpose().label().toLowerCase() + ", not for decision"
                        : item.decided()
                                ? "item " + d.item() + " was decided already (decision log record "
                                        + item.decisionSequence() + ")"
                                : !meeting.attendanceRecorded()
                                        ? "record the attendance first: the quorum is counted on the members present"
                                        : meeting.minutes() != null
                                                ? "the minutes are drafted: decisions can no longer be added to this meeting"
                                                : null;
        if (problem != null) {
            return refusedStep(d, problem);
        }
        DecisionRecord sealed;
        try {
            sealed = seal(
                    actor,
                    new DecideItem(
                            meeting.body(),
                            meeting.date(),
                            item.title(),
                            item.proposal(),
                            item.decision(),
                            meeting.present(),
                            d.votes(),
                            item.confidentialGround(),
                            MeetingPacks.declaredFor(meeting, item.number())));
        } catch (VotesRefused refused) {
            return new MeetingResult(d.meeting(), d.describe(), null, refused.problems);
        }
        meetings.save(meeting.replacing(item.decidedAs(sealed.sequence())));
        return new MeetingResult(
                meeting.id(),
                "recorded the decision on item " + item.number() + " of meeting " + meeting.id() + ": "
                        + sealed.outcome().label(),
                sealed,
                List.of());
    }

    /** The votes given cannot decide the item (each problem named); nothing was written. */
    private static final class VotesRefused extends IllegalArgumentException {
        private final transient List<String> problems;

        VotesRefused(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }
    }

    private static MeetingResult refusedStep(MeetingAction action, String problem) {
        return new MeetingResult(action.meeting(), action.describe(), null, List.of(problem));
    }

    private MeetingPack pack(GovernanceModel model, Meeting meeting, boolean publicView) {
        Map<Long, DecisionRecord> log = new HashMap<>();
        store.decisions().forEach(r -> log.put(r.sequence(), r));
        return new MeetingPacks(model, organisations(model, meeting.date())).pack(meeting, publicView, log::get);
    }

    @Override
    public java.util.Optional<MeetingPack> meeting(Actor actorOrNull, long id) {
        boolean whole = Authorisation.allows(actorOrNull, GovernancePermission.RUN_MEETINGS);
        GovernanceModel model = model();
        return meetings.find(id).filter(m -> model.body(m.body()).isPresent()).map(m -> pack(model, m, !whole));
    }

    @Override
    public Map<Long, MeetingPack.TakenAt> decisionsTakenAt() {
        Map<Long, MeetingPack.TakenAt> taken = new HashMap<>();
        for (Meeting meeting : meetings.all()) {
            meeting.items().stream()
                    .filter(AgendaItem::decided)
                    .forEach(item -> taken.put(
                            item.decisionSequence(),
                            new MeetingPack.TakenAt(meeting.id(), item.number(), item.confidential())));
        }
        return taken;
    }

    @Override
    public List<MeetingPack.Summary> meetings() {
        GovernanceModel model = model();
        MeetingPacks packs = new MeetingPacks(model, organisations(model, LocalDate.now()));
        return meetings.all().stream().map(packs::summary).toList();
    }

    @Override
    public List<DecisionRecord> decisions(boolean publicView) {
        List<DecisionRecord> all = store.decisions();
        return publicView ? all.stream().map(GovernanceService::publicVersion).toList() : all;
    }

    /** A confidential item keeps its place in the chain, body, date and outcome; its content is withheld with the ground. */
    private static DecisionRecord publicVersion(DecisionRecord r) {
        if (!r.confidential()) {
            return r;
        }
        String withheld = "Withheld: " + r.confidentialGround();
        return new DecisionRecord(
                r.sequence(),
                r.recordedAt(),
                r.body(),
                r.meetingDate(),
                "Confidential item",
                withheld,
                r.function(),
                0,
                r.place(),
                List.of(),
                r.outcome(),
                withheld,
                r.entry(),
                List.of(),
                r.confidentialGround(),
                List.of(),
                r.previousHash(),
                r.hash());
    }

    @Override
    public LogVerification verifyLog() {
        return DecisionChain.verify(store.decisions());
    }

    @Override
    public String exportScheme(LocalDate asAtOrNull) {
        GovernanceModel model = model();
        return SchemeYaml.write(model.icb(), asAtOrNull, model.functions(), model.delegations());
    }

    @Override
    public SchemeImport importScheme(Actor actor, String yaml, String source) {
        Authorisation.require(actor, GovernancePermission.REPLACE_SCHEME);
        GovernanceModel model = model();
        SchemeYaml.Parsed parsed = SchemeYaml.read(yaml);
        List<String> problems = new ArrayList<>(parsed.problems());
        if (problems.isEmpty()) {
            problems.addAll(SchemeCheck.problems(parsed.functions(), parsed.entries(), model.allBodies()));
        }
        if (model.isEmpty()) {
            problems.add("there are no bodies yet to delegate to: load the demo or the ICS's bodies first");
        }
        if (!problems.isEmpty()) {
            return new SchemeImport(
                    store.schemeVersion(),
                    parsed.functions().size(),
                    parsed.entries().size(),
                    problems);
        }
        Integer version = transactions.execute(status -> {
            store.lockForWriting();
            int replaced =
                    store.replaceScheme(parsed.functions(), parsed.entries(), source + " by " + actor.username());
            GovernanceModel after = store.load();
            int kept = store.recordModelVersion("scheme from " + source, ModelYaml.write(after), counts(after));
            store.logChange(
                    actor,
                    GovernancePermission.REPLACE_SCHEME,
                    "scheme version " + replaced + " from " + source + " ("
                            + parsed.functions().size() + " functions, "
                            + parsed.entries().size() + " entries)",
                    kept);
            return replaced;
        });
        cached = null;
        return new SchemeImport(
                version, parsed.functions().size(), parsed.entries().size(), List.of());
    }

    @Override
    public String exportModel() {
        return ModelYaml.write(model());
    }

    @Override
    public ModelImport importModel(Actor actor, String yaml, String source) {
        Authorisation.require(actor, GovernancePermission.CHANGE_MODEL);
        ModelImporter.Checked checked = ModelImporter.check(yaml);
        Map<String, Integer> n = checked.parsed().counts();
        List<String> problems = checked.problems();
        GovernanceModel incoming = checked.model();
        if (!problems.isEmpty()) {
            return new ModelImport(
                    0,
                    n.get("bodies"),
                    n.get("people"),
                    n.get("seats"),
                    n.get("offices"),
                    n.get("interests"),
                    n.get("rules"),
                    n.get("scheme"),
                    n.get("entries"),
                    problems);
        }
        JdbcGovernanceStore.ModelCounts counts = counts(incoming);
        Integer version = transactions.execute(status -> {
            store.lockForWriting();
            store.replaceStructure(incoming);
            store.replaceScheme(incoming.functions(), incoming.delegations(), source + " (whole model)");
            int kept = store.recordModelVersion(source, yaml, counts);
            store.logChange(
                    actor,
                    GovernancePermission.CHANGE_MODEL,
                    "imported the whole model from " + source + " (" + counts.bodies() + " bodies, " + counts.seats()
                            + " seats, " + counts.entries() + " scheme entries)",
                    kept);
            return kept;
        });
        cached = null;
        facts.clear();
        return new ModelImport(
                version,
                counts.bodies(),
                counts.people(),
                counts.seats(),
                counts.offices(),
                counts.interests(),
                counts.rules(),
                incoming.functions().size(),
                counts.entries(),
                List.of());
    }

    private static JdbcGovernanceStore.ModelCounts counts(GovernanceModel model) {
        return new JdbcGovernanceStore.ModelCounts(
                model.allBodies().size(),
                model.people().size(),
                model.appointments().size(),
                model.affiliations().size(),
                model.interests().size(),
                model.rules().size(),
                model.delegations().size());
    }

    @Override
    public ChangeResult change(Actor actor, GovernanceChange change) {
        Authorisation.require(actor, GovernancePermission.CHANGE_MODEL);
        String what = change.describe();
        ChangeResult result = transactions.execute(status -> {
            store.lockForWriting();
            GovernanceModel current = store.load();
            if (current.isEmpty()) {
                return new ChangeResult(
                        0,
                        what,
                        List.of(
                                "there is no governance model yet: import one (governance import --model) or run the demo"));
            }
            ModelEdits.Result edited = ModelEdits.apply(current, change);
            List<String> problems = new ArrayList<>(edited.problems());
            if (edited.model() != null) {
                ModelCheck.problems(edited.model()).forEach(p -> problems.add(p.message()));
            }
            if (!problems.isEmpty()) {
                return new ChangeResult(0, what, problems);
            }
            boolean schemeChanged = !edited.model().delegations().equals(current.delegations());
            if (schemeChanged) {
                SchemeCheck.problems(
                                edited.model().functions(),
                                edited.model().delegations(),
                                edited.model().allBodies())
                        .forEach(p -> problems.add("scheme: " + p));
            }
            if (!problems.isEmpty()) {
                return new ChangeResult(0, what, problems);
            }
            store.replaceStructure(edited.model());
            if (schemeChanged) {
                store.replaceScheme(
                        edited.model().functions(),
                        edited.model().delegations(),
                        "amended by " + actor.username() + ": " + what);
            }
            int version = store.recordModelVersion(
                    "change by " + actor.username(), ModelYaml.write(edited.model()), counts(edited.model()));
            store.logChange(actor, GovernancePermission.CHANGE_MODEL, what, version);
            return new ChangeResult(version, what, List.of());
        });
        cached = null;
        facts.clear();
        return result;
    }

    @Override
    public List<HistoryEntry> history(int limit) {
        return store.history(Math.max(1, Math.min(limit, 10_000)));
    }

    @Override
    public java.util.Optional<String> modelDocument(int version) {
        return store.modelDocument(version);
    }

    @Override
    public InterestRegister interestRegister(LocalDate asAt) {
        GovernanceModel model = model();
        SystemOrganisations system = organisations(model, asAt);
        return InterestRegisters.asAt(model, asAt, system::name);
    }

    @Override
    public List<Body> bodies(LocalDate asAt) {
        return model().bodies(asAt);
    }

    @Override
    public List<GovernedFunction> functions() {
        return model().functions();
    }

    @Override
    public List<org.openics.governance.Delegation> schemeEntries(LocalDate asAt) {
        return model().delegations().stream().filter(d -> d.inForceOn(asAt)).toList();
    }

    @Override
    public List<org.openics.governance.TermsOfReference> termsOfReference(LocalDate asAt) {
        return model().terms().stream().filter(t -> t.inForceOn(asAt)).toList();
    }

    private GovernanceModel model() {
        GovernanceModel model = cached;
        if (model == null) {
            model = store.load();
            cached = model;
        }
        return model;
    }

    private SystemOrganisations organisations(GovernanceModel model, LocalDate date) {
        SystemOfSystems system = registry.asAt(date);
        Facts known = facts.get(date);
        if (known != null && known.snapshot() == system && Objects.equals(known.icb(), model.icb())) {
            return known.organisations();
        }
        SystemOrganisations built = organisations(model, system);
        if (facts.size() > 256) {
            facts.clear();
        }
        facts.put(date, new Facts(system, model.icb(), built));
        return built;
    }

    /** What the rules need from the registry on a date: names, the partners of the ICS and its local authorities. */
    private static SystemOrganisations organisations(GovernanceModel model, SystemOfSystems system) {
        Map<String, String> names = new HashMap<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (kind != OrganisationKind.LSOA) {
                system.organisations(kind).forEach(o -> names.put(o.code().value(), o.name()));
            }
        }
        if (model.icb() == null || system.organisation(OdsCode.of(model.icb())).isEmpty()) {
            return new SystemOrganisations(model.icb() == null ? "" : model.icb(), names, Set.of(), Set.of());
        }
        String icb = model.icb();
        List<Organisation> places = system.organisations(OrganisationKind.PLACE).stream()
                .filter(p -> system.ancestor(p.code(), OrganisationKind.ICB)
                        .map(i -> i.code().value().equals(icb))
                        .orElse(false))
                .toList();
        Set<String> localAuthorities = new HashSet<>();
        places.forEach(p -> system.linksFrom(p.code(), Relation.IN_AREA)
                .forEach(l -> localAuthorities.add(l.parent().value())));
        Set<String> partners = new HashSet<>(localAuthorities);
        for (OrganisationKind kind : PARTNER_KINDS) {
            for (Organisation o : system.organisations(kind)) {
                boolean home = system.homeIcb(o.code())
                        .map(OdsCode::value)
                        .map(icb::equals)
                        .orElse(false);
                boolean serves = system.placesServedBy(o.code()).stream()
                        .anyMatch(s ->
                                s.placeIcb() != null && icb.equals(s.placeIcb().value()));
                if (home || serves) {
                    partners.add(o.code().value());
                }
            }
        }
        return new SystemOrganisations(icb, names, partners, localAuthorities);
    }
}
