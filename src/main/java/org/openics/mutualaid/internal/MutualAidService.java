package org.openics.mutualaid.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.openics.analytics.PopulationHealth;
import org.openics.analytics.RefreshReport;
import org.openics.analytics.WaitingListFacts;
import org.openics.analytics.WaitingListRow;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.Pseudonym;
import org.openics.mutualaid.AidRequest;
import org.openics.mutualaid.AuditEvent;
import org.openics.mutualaid.BalancePlan;
import org.openics.mutualaid.Capacity;
import org.openics.mutualaid.CapacityOffer;
import org.openics.mutualaid.DiagnosticCapacity;
import org.openics.mutualaid.DiagnosticWaiting;
import org.openics.mutualaid.Diagnostics;
import org.openics.mutualaid.ImportReport;
import org.openics.mutualaid.Location;
import org.openics.mutualaid.MutualAid;
import org.openics.mutualaid.MutualAidPermission;
import org.openics.mutualaid.PatientTransfer;
import org.openics.mutualaid.Plan;
import org.openics.mutualaid.PlanOptions;
import org.openics.mutualaid.PlanRequest;
import org.openics.mutualaid.Priority;
import org.openics.mutualaid.RefusalReason;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.StepResult;
import org.openics.mutualaid.TransferStatus;
import org.openics.mutualaid.TravelLimit;
import org.openics.mutualaid.Waiter;
import org.openics.mutualaid.WaitingLists;
import org.openics.mutualaid.demo.DemoSites;
import org.openics.mutualaid.diagnostics.DiagnosticBalance;
import org.openics.mutualaid.diagnostics.SixWeekStandard;
import org.openics.mutualaid.imports.CsvImport;
import org.openics.mutualaid.optimiser.TransferOptimiser;
import org.openics.mutualaid.waits.WaitingListSummary;
import org.openics.mutualaid.workflow.TransferRules;
import org.openics.record.PersonIndex;
import org.openics.record.Reidentification;
import org.openics.registry.DemoSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mutual aid behind its entry point: the permission check first (a refusal is audited, then thrown), then the step in
 * one transaction with its audit line. The waiting list is read from analytics once per refresh and kept.
 */
@Service
class MutualAidService implements MutualAid {

    static final String SOURCE =
            "open referral-to-treatment ServiceRequests in the shared care record, through the analytics facts"
                    + " of the last refresh";

    private final JdbcMutualAidStore store;
    private final WaitingListFacts facts;
    private final PopulationHealth analytics;
    private final PersonIndex record;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final LsoaCentres lsoas;
    private final TransferOptimiser optimiser = new TransferOptimiser();
    private volatile Cached cache;

    private record Cached(Optional<RefreshReport> refresh, List<WaitingListRow> rows) {}

    MutualAidService(
            JdbcMutualAidStore store,
            WaitingListFacts facts,
            PopulationHealth analytics,
            PersonIndex record,
            LsoaCentres lsoas,
            TransactionTemplate tx,
            Optional<Clock> clock) {
        this.store = store;
        this.facts = facts;
        this.analytics = analytics;
        this.record = record;
        this.lsoas = lsoas;
        this.tx = tx;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Checks the permission; a refusal is written to the audit log before it is thrown. */
    private void require(Actor actor, MutualAidPermission permission, String subject) {
        try {
            Authorisation.require(actor, permission);
        } catch (NotAuthorised refused) {
            store.audit(actor, permission.name(), subject, "not authorised", refused.getMessage());
            throw refused;
        }
    }

    private List<WaitingListRow> rows() {
        Optional<RefreshReport> refresh = analytics.lastRefresh();
        Cached cached = cache;
        if (cached == null || !cached.refresh().equals(refresh)) {
            cached = new Cached(refresh, facts.openEntries());
            cache = cached;
        }
        return cached.rows();
    }

    @Override
    public WaitingLists waits(Actor actor, LocalDate asAt) {
        require(actor, MutualAidPermission.VIEW_WAITS, "waiting lists " + asAt);
        return WaitingListSummary.of(rows(), asAt, DemoSystem.ICB_CODE, SOURCE);
    }

    @Override
    public Plan plan(Actor actor, LocalDate asAt, PlanOptions options) {
        require(actor, MutualAidPermission.RUN_PLAN, "plan " + asAt);
        Plan plan = optimiser.plan(whatIf(planRequest(asAt, options), options));
        store.audit(
                actor,
                "RUN_PLAN",
                "plan " + asAt,
                "planned",
                String.format(
                        java.util.Locale.ROOT,
                        "%d of %d waiters moved, horizon %d weeks, equity %s, assumed limit %s, %s",
                        plan.moved(),
                        plan.waiters(),
                        options.horizonWeeks(),
                        options.protectEquity() ? "protected" : "not protected",
                        options.assumedLimit().label(),
                        plan.method().label()));
        return plan;
    }

    /** The plan's what-if of extra slots a week at a registered site, when asked. */
    private PlanRequest whatIf(PlanRequest request, PlanOptions options) {
        if (options.extraSite().isPresent() && options.extraSpecialty().isPresent() && options.extraSlots() > 0) {
            site(options.extraSite().get());
            return request.withExtraSlots(
                    options.extraSite().get(), options.extraSpecialty().get(), options.extraSlots());
        }
        return request;
    }

    private Site site(String code) {
        return store.sites().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no site " + code + " is registered"));
    }

    /**
     * Waiters from the waiting list (home: the centre of their LSOA's outline, else their place's approximate centre, else
     * their provider's first site), capacity from open offers at registered sites.
     */
    PlanRequest planRequest(LocalDate asAt, PlanOptions options) {
        List<Site> sites = store.sites();
        java.util.Set<String> registered =
                new java.util.HashSet<>(sites.stream().map(Site::code).toList());
        List<Waiter> waiters = new ArrayList<>();
        for (WaitingListRow row : rows()) {
            if (row.clockStart().isAfter(asAt) || row.provider() == null || row.treatmentFunction() == null) {
                continue;
            }
            Optional<Location> home = lsoas.centre(row.lsoa())
                    .or(() -> DemoSites.placeCentre(row.place()))
                    .or(() -> sites.stream()
                            .filter(s -> s.provider().equals(row.provider()))
                            .map(Site::location)
                            .findFirst());
            if (home.isEmpty()) {
                continue;
            }
            int fifth = row.imdQuintile() == null ? 0 : row.imdQuintile();
            waiters.add(new Waiter(
                    row.pseudonym() + ":" + row.treatmentFunction() + ":" + row.clockStart(),
                    row.provider(),
                    row.treatmentFunction(),
                    Priority.fromFhir(row.priority()).orElse(Priority.P4),
                    (int) WaitingListSummary.weeks(row.clockStart(), asAt),
                    home.get(),
                    options.assumedLimit(),
                    fifth));
        }
        LocalDate today = today();
        List<Capacity> capacity = new ArrayList<>();
        for (CapacityOffer o : store.offers()) {
            if (!o.expiredOn(today) && o.slotsLeft() > 0 && registered.contains(o.site())) {
                capacity.add(new Capacity(
                        o.site(), o.specialty(), Math.min(o.slotsPerWeek(), o.slotsLeft() / options.horizonWeeks())));
            }
        }
        return new PlanRequest(waiters, sites, capacity, options.horizonWeeks(), options.protectEquity());
    }

    @Override
    public List<Site> sites() {
        return store.sites();
    }

    /** Reads a file by its rules, stores what it read and audits the import, all in one transaction. */
    private <T> ImportReport load(
            Actor actor, String kind, CsvImport.Parsed<T> parsed, java.util.function.Consumer<List<T>> stored) {
        return tx.execute(s -> {
            stored.accept(parsed.values());
            ImportReport report = new ImportReport(
                    kind, parsed.file(), parsed.read(), parsed.values().size(), parsed.rejected());
            store.audit(
                    actor,
                    "IMPORT",
                    kind + " " + parsed.file(),
                    "loaded " + report.loaded() + ", rejected "
                            + report.rejected().size(),
                    "read " + report.read());
            return report;
        });
    }

    private java.util.Set<String> siteCodes() {
        return new java.util.HashSet<>(store.sites().stream().map(Site::code).toList());
    }

    @Override
    public ImportReport importSites(Actor actor, String file, String csv) {
        require(actor, MutualAidPermission.MANAGE_SITES, "sites " + file);
        return load(
                actor,
                "sites",
                CsvImport.sites(file, csv),
                sites -> sites.forEach(site -> store.upsertSite(site, file)));
    }

    @Override
    public ImportReport importDiagnosticCapacity(Actor actor, String file, String csv) {
        require(actor, MutualAidPermission.MANAGE_SITES, "diagnostic capacity " + file);
        return load(
                actor,
                "diagnostic capacity",
                CsvImport.capacity(file, csv, siteCodes()),
                rows -> rows.forEach(c -> store.upsertCapacity(c, file)));
    }

    @Override
    public ImportReport importDiagnosticWaits(Actor actor, String file, String csv, LocalDate returnDate) {
        require(actor, MutualAidPermission.MANAGE_SITES, "diagnostics return " + returnDate + " " + file);
        return load(
                actor,
                "diagnostics return " + returnDate,
                CsvImport.waits(file, csv),
                rows -> store.replaceDiagnosticWaiting(returnDate, rows, file));
    }

    @Override
    public ImportReport importOffers(Actor actor, String file, String csv) {
        require(actor, MutualAidPermission.MANAGE_BOARD, "offers " + file);
        Map<String, Site> sites = new java.util.HashMap<>();
        store.sites().forEach(site -> sites.put(site.code(), site));
        return load(
                actor,
                "offers",
                CsvImport.offers(file, csv, sites.keySet(), today()),
                rows -> rows.forEach(o -> {
                    CapacityOffer offer = store.insertOffer(
                            sites.get(o.site()).provider(),
                            o.site(),
                            o.specialty(),
                            o.slotsPerWeek(),
                            o.weeks(),
                            o.expires(),
                            actor.username());
                    store.audit(
                            actor,
                            "OFFER",
                            "offer " + offer.id(),
                            "posted",
                            o.slotsPerWeek() + " slots a week for " + o.weeks() + " weeks in " + o.specialty() + " at "
                                    + o.site() + " until " + o.expires() + " (import " + file + ")");
                }));
    }

    static final String DIAGNOSTICS_SOURCE =
            "diagnostics waiting-list returns (DM01 style: counts by provider, modality and whole weeks"
                    + " waited) and sites' diagnostic capacity, as loaded into mutual aid";

    @Override
    public Diagnostics diagnostics(Actor actor, LocalDate asAt) {
        require(actor, MutualAidPermission.VIEW_WAITS, "diagnostics " + asAt);
        Optional<LocalDate> returnDate = store.latestReturn(asAt);
        List<DiagnosticWaiting> waiting =
                returnDate.map(store::diagnosticWaiting).orElse(List.of());
        List<DiagnosticCapacity> capacity = store.diagnosticCapacity();
        return new Diagnostics(
                asAt,
                returnDate,
                SixWeekStandard.byProvider(waiting, capacity, store.sites()),
                SixWeekStandard.byModality(waiting, capacity),
                capacity,
                DIAGNOSTICS_SOURCE);
    }

    @Override
    public BalancePlan balanceDiagnostics(Actor actor, LocalDate asAt, PlanOptions options) {
        require(actor, MutualAidPermission.RUN_PLAN, "diagnostics balance " + asAt);
        Optional<LocalDate> returnDate = store.latestReturn(asAt);
        List<DiagnosticWaiting> waiting =
                returnDate.map(store::diagnosticWaiting).orElse(List.of());
        List<Site> sites = store.sites();
        if (options.extraSpecialty().isPresent()
                && org.openics.mutualaid.Modality.parse(options.extraSpecialty().get())
                        .isEmpty()) {
            throw new IllegalArgumentException(
                    "the what-if's modality is one of " + org.openics.mutualaid.Modality.codes());
        }
        PlanRequest request = whatIf(
                DiagnosticBalance.request(
                        waiting, store.diagnosticCapacity(), sites, options.horizonWeeks(), options.assumedLimit()),
                new PlanOptions(
                        options.horizonWeeks(),
                        false,
                        options.assumedLimit(),
                        options.extraSite(),
                        options.extraSpecialty().map(m -> m.toUpperCase(java.util.Locale.ROOT)),
                        options.extraSlots()));
        Plan plan = optimiser.plan(request);
        int sixPlus = waiting.stream()
                .filter(w -> w.weeksWaited() >= 6)
                .mapToInt(DiagnosticWaiting::waiting)
                .sum();
        BalancePlan balance = new BalancePlan(
                plan,
                sixPlus,
                DiagnosticBalance.sixPlusMoved(request, plan),
                DiagnosticBalance.withoutSite(waiting, sites));
        store.audit(
                actor,
                "RUN_PLAN",
                "diagnostics balance " + asAt,
                "planned",
                String.format(
                        java.util.Locale.ROOT,
                        "return %s: %d of %d waiters moved (%d of %d waiting 6+ weeks), horizon %d weeks, assumed limit %s, %s",
                        returnDate.map(Object::toString).orElse("none"),
                        plan.moved(),
                        plan.waiters(),
                        balance.sixPlusMoved(),
                        sixPlus,
                        options.horizonWeeks(),
                        options.assumedLimit().label(),
                        plan.method().label()));
        return balance;
    }

    @Override
    public List<DiagnosticCapacity> diagnosticCapacity(Actor actor) {
        require(actor, MutualAidPermission.VIEW_WAITS, "diagnostic capacity");
        return store.diagnosticCapacity();
    }

    @Override
    public List<CapacityOffer> offers(Actor actor) {
        require(actor, MutualAidPermission.VIEW_WAITS, "offers");
        return store.offers();
    }

    @Override
    public List<AidRequest> requests(Actor actor) {
        require(actor, MutualAidPermission.VIEW_WAITS, "requests");
        return store.requests();
    }

    @Override
    public CapacityOffer offer(
            Actor actor, String site, String specialty, int slotsPerWeek, int weeks, LocalDate expires) {
        require(actor, MutualAidPermission.MANAGE_BOARD, "offer at " + site);
        Site where = site(site);
        if (slotsPerWeek < 1 || weeks < 1 || specialty == null || !specialty.matches("\\d{3}")) {
            throw new IllegalArgumentException(
                    "an offer has slots a week and weeks (at least 1) and a three-digit treatment function code");
        }
        return tx.execute(s -> {
            CapacityOffer offer = store.insertOffer(
                    where.provider(), site, specialty, slotsPerWeek, weeks, expires, actor.username());
            store.audit(
                    actor,
                    "OFFER",
                    "offer " + offer.id(),
                    "posted",
                    slotsPerWeek + " slots a week for " + weeks + " weeks in " + specialty + " at " + where.name()
                            + " until " + expires);
            return offer;
        });
    }

    @Override
    public AidRequest request(Actor actor, String provider, String specialty, int patients, String note) {
        require(actor, MutualAidPermission.MANAGE_BOARD, "request from " + provider);
        if (patients < 1
                || provider == null
                || provider.isBlank()
                || specialty == null
                || !specialty.matches("\\d{3}")) {
            throw new IllegalArgumentException(
                    "a request names the provider, a three-digit treatment function code and at least one patient");
        }
        return tx.execute(s -> {
            AidRequest request = store.insertRequest(provider, specialty, patients, note, actor.username());
            store.audit(
                    actor,
                    "REQUEST",
                    "request " + request.id(),
                    "posted",
                    patients + " patients in " + specialty + ": " + note);
            return request;
        });
    }

    @Override
    public StepResult propose(
            Actor actor, Pseudonym pseudonym, String origin, String specialty, long offerId, Location home) {
        require(actor, MutualAidPermission.PROPOSE_TRANSFER, "waiter " + pseudonym);
        return tx.execute(s -> {
            Optional<CapacityOffer> offer = store.offer(offerId);
            if (offer.isEmpty()) {
                return refuse(
                        actor,
                        "PROPOSE",
                        "waiter " + pseudonym,
                        RefusalReason.UNKNOWN,
                        "no offer " + offerId,
                        Optional.empty());
            }
            Optional<TransferRules.Refusal> refusal = TransferRules.propose(offer.get(), specialty, origin, today());
            if (refusal.isPresent()) {
                return refuse(
                        actor,
                        "PROPOSE",
                        "waiter " + pseudonym,
                        refusal.get().reason(),
                        refusal.get().detail(),
                        Optional.empty());
            }
            double miles = home.milesTo(site(offer.get().site()).location());
            PatientTransfer t = store.insertTransfer(pseudonym, origin, offer.get(), miles);
            store.audit(
                    actor,
                    "PROPOSE",
                    "transfer " + t.id(),
                    "proposed",
                    "waiter " + pseudonym + " of " + origin + " to offer " + offerId);
            return StepResult.done("proposed", t);
        });
    }

    private StepResult refuse(
            Actor actor,
            String action,
            String subject,
            RefusalReason reason,
            String detail,
            Optional<PatientTransfer> t) {
        store.audit(actor, action, subject, "refused: " + reason.name(), detail);
        return StepResult.refused(reason, detail, t);
    }

    /** Runs a step on an existing transfer: unknown transfers and rule refusals are results; a refusal that ends the transfer is stored. */
    private StepResult step(
            Actor actor, String action, long id, java.util.function.Function<PatientTransfer, StepResult> body) {
        return tx.execute(s -> store.transfer(id)
                .map(body)
                .orElseGet(() -> refuse(
                        actor,
                        action,
                        "transfer " + id,
                        RefusalReason.UNKNOWN,
                        "no transfer " + id,
                        Optional.empty())));
    }

    private StepResult end(
            Actor actor,
            String action,
            PatientTransfer t,
            TransferRules.Refusal refusal,
            Optional<TravelLimit> willingness) {
        boolean final_ = refusal.reason() != RefusalReason.OUT_OF_ORDER
                && refusal.reason() != RefusalReason.NOT_SENDING_PROVIDER
                && refusal.reason() != RefusalReason.NO_RELATIONSHIP;
        PatientTransfer now = final_
                ? store.update(
                        t.id(), TransferStatus.REFUSED, willingness, Optional.of(refusal.reason()), refusal.detail())
                : t;
        return refuse(actor, action, "transfer " + t.id(), refusal.reason(), refusal.detail(), Optional.of(now));
    }

    @Override
    public StepResult recordConsent(Actor actor, long transferId, boolean consents, TravelLimit willingness) {
        require(actor, MutualAidPermission.RECORD_CONSENT, "transfer " + transferId);
        return step(actor, "CONSENT", transferId, t -> {
            Reidentification who = record.reidentify(
                    actor, List.of(t.pseudonym().value()), "mutual aid: consent to transfer " + t.id());
            if (who.persons().isEmpty()) {
                return end(
                        actor,
                        "CONSENT",
                        t,
                        new TransferRules.Refusal(
                                RefusalReason.NO_RELATIONSHIP, who.decision().reason()),
                        Optional.empty());
            }
            Optional<TransferRules.Refusal> refusal = TransferRules.consent(t, consents, willingness);
            if (refusal.isPresent()) {
                return end(actor, "CONSENT", t, refusal.get(), Optional.of(willingness));
            }
            PatientTransfer now = store.update(
                    t.id(),
                    TransferStatus.CONSENTED,
                    Optional.of(willingness),
                    Optional.empty(),
                    "consented; would travel " + willingness.label());
            store.audit(actor, "CONSENT", "transfer " + t.id(), "consented", "would travel " + willingness.label());
            return StepResult.done("consent recorded", now);
        });
    }

    @Override
    public StepResult confirmSuitability(Actor actor, long transferId, boolean suitable, String why) {
        require(actor, MutualAidPermission.CONFIRM_SUITABILITY, "transfer " + transferId);
        return step(actor, "SUITABILITY", transferId, t -> {
            Optional<TransferRules.Refusal> refusal = TransferRules.suitability(t, actor.organisation(), suitable, why);
            if (refusal.isPresent()) {
                return end(actor, "SUITABILITY", t, refusal.get(), Optional.empty());
            }
            PatientTransfer now = store.update(
                    t.id(),
                    TransferStatus.SUITABLE,
                    Optional.empty(),
                    Optional.empty(),
                    "clinically suitable" + (why == null || why.isBlank() ? "" : ": " + why));
            store.audit(actor, "SUITABILITY", "transfer " + t.id(), "suitable", why);
            return StepResult.done("suitability confirmed", now);
        });
    }

    @Override
    public StepResult accept(Actor actor, long transferId) {
        require(actor, MutualAidPermission.DECIDE_TRANSFER, "transfer " + transferId);
        return step(actor, "ACCEPT", transferId, t -> {
            CapacityOffer offer = store.offerForUpdate(t.offerId()).orElseThrow();
            Optional<TransferRules.Refusal> refusal = TransferRules.accept(t, offer, today());
            if (refusal.isPresent()) {
                return end(actor, "ACCEPT", t, refusal.get(), Optional.empty());
            }
            store.takeSlot(offer.id());
            PatientTransfer now = store.update(
                    t.id(),
                    TransferStatus.ACCEPTED,
                    Optional.empty(),
                    Optional.empty(),
                    "accepted into offer " + offer.id());
            store.audit(actor, "ACCEPT", "transfer " + t.id(), "accepted", "slot taken in offer " + offer.id());
            return StepResult.done("accepted", now);
        });
    }

    @Override
    public StepResult decline(Actor actor, long transferId, String why) {
        require(actor, MutualAidPermission.DECIDE_TRANSFER, "transfer " + transferId);
        return step(actor, "DECLINE", transferId, t -> {
            if (t.status() == TransferStatus.TRANSFERRED
                    || t.status() == TransferStatus.REFUSED
                    || t.status() == TransferStatus.DECLINED) {
                return refuse(
                        actor,
                        "DECLINE",
                        "transfer " + t.id(),
                        RefusalReason.OUT_OF_ORDER,
                        "the transfer is already " + t.status(),
                        Optional.of(t));
            }
            PatientTransfer now = store.update(
                    t.id(), TransferStatus.DECLINED, Optional.empty(), Optional.empty(), "declined: " + why);
            store.audit(actor, "DECLINE", "transfer " + t.id(), "declined", why);
            return StepResult.done("declined", now);
        });
    }

    @Override
    public StepResult complete(Actor actor, long transferId) {
        require(actor, MutualAidPermission.DECIDE_TRANSFER, "transfer " + transferId);
        return step(actor, "COMPLETE", transferId, t -> {
            Optional<TransferRules.Refusal> refusal = TransferRules.complete(t);
            if (refusal.isPresent()) {
                return refuse(
                        actor,
                        "COMPLETE",
                        "transfer " + t.id(),
                        refusal.get().reason(),
                        refusal.get().detail(),
                        Optional.of(t));
            }
            PatientTransfer now = store.update(
                    t.id(),
                    TransferStatus.TRANSFERRED,
                    Optional.empty(),
                    Optional.empty(),
                    "transferred to " + t.site());
            store.audit(actor, "COMPLETE", "transfer " + t.id(), "transferred", "to " + t.site());
            return StepResult.done("transferred", now);
        });
    }

    @Override
    public List<PatientTransfer> transfers(Actor actor) {
        require(actor, MutualAidPermission.VIEW_WAITS, "transfers");
        return store.transfers();
    }

    @Override
    public Reidentification patients(Actor actor, String purpose) {
        require(actor, MutualAidPermission.VIEW_PATIENTS, "transfer list");
        List<String> pseudonyms = store.transfers().stream()
                .map(t -> t.pseudonym().value())
                .distinct()
                .toList();
        Reidentification answer = record.reidentify(actor, pseudonyms, purpose);
        store.audit(
                actor,
                "VIEW_PATIENTS",
                "transfer list",
                answer.decision().granted() ? "shown" : "refused",
                answer.persons().size() + " shown, " + answer.withheld() + " withheld: " + purpose);
        return answer;
    }

    @Override
    public List<AuditEvent> audit(Actor actor, int limit) {
        require(actor, MutualAidPermission.VIEW_AUDIT, "audit log");
        return store.audit(Math.max(1, Math.min(limit, 10_000)));
    }

    /**
     * Seeds each part of the demo that is empty: the sites, the board, the diagnostic capacity and a diagnostics return
     * dated today (a real deployment imports its own; parts it has loaded are left alone).
     */
    @Override
    public boolean loadDemo() {
        Supplier<Boolean> seed = () -> {
            boolean seeded = false;
            if (store.sites().isEmpty()) {
                DemoSites.all().forEach(site -> store.upsertSite(site, "demo"));
                seeded = true;
            }
            if (store.diagnosticCapacity().isEmpty()) {
                DemoSites.diagnosticCapacity().forEach(c -> store.upsertCapacity(c, "demo"));
                seeded = true;
            }
            if (store.latestReturn(today()).isEmpty()) {
                store.replaceDiagnosticWaiting(today(), DemoSites.diagnosticWaits(), "demo");
                seeded = true;
            }
            if (!store.offers().isEmpty()) {
                return seeded;
            }
            LocalDate expires = today().plusWeeks(26);
            for (Capacity c : DemoSites.CAPACITY) {
                Site site = DemoSites.site(c.site()).orElseThrow();
                store.insertOffer(site.provider(), site.code(), c.specialty(), c.slotsPerWeek(), 12, expires, "demo");
            }
            store.insertRequest(
                    "RJ2", "110", 200, "trauma and orthopaedics: long waiters over 52 weeks (demo)", "demo");
            store.insertRequest("RJZ", "130", 150, "ophthalmology: cataract backlog (demo)", "demo");
            return true;
        };
        return Boolean.TRUE.equals(tx.execute(s -> seed.get()));
    }
}
