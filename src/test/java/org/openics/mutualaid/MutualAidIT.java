package org.openics.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.analytics.PopulationHealth;
import org.openics.kernel.Actor;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.Pseudonym;
import org.openics.kernel.UserRole;
import org.openics.mutualaid.demo.DemoSites;
import org.openics.mutualaid.waits.WaitingListSummary;
import org.openics.platform.ProgressListener;
import org.openics.record.AnalyticFacts;
import org.openics.record.IngestOptions;
import org.openics.record.SharedCareRecord;
import org.openics.registry.DemoSystem;
import org.openics.registry.Registry;
import org.openics.support.PlatformIT;
import org.openics.synthetic.GenerationRequest;
import org.openics.synthetic.OutputFormat;
import org.openics.synthetic.SyntheticPopulation;
import org.springframework.beans.factory.annotation.Autowired;

/** Mutual aid on the running platform: a small demo population generated, ingested, refreshed; then waits, plan, workflow, roles. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutualAidIT extends PlatformIT {

    static final LocalDate AS_AT = LocalDate.of(2026, 6, 30);
    static final Actor OPERATIONS = actor(UserRole.OPERATIONS_LEAD, "QZZ");
    static final Actor ANALYST = actor(UserRole.ANALYST, "QZZ");

    @Autowired
    Registry registry;

    @Autowired
    SharedCareRecord record;

    @Autowired
    PopulationHealth health;

    @Autowired
    MutualAid mutualAid;

    final List<AnalyticFacts.WaitingListEntry> entries = new ArrayList<>();

    static Actor actor(UserRole role, String organisation) {
        return new Actor(
                role.name().toLowerCase() + "-" + organisation,
                role,
                Optional.of(organisation),
                role == UserRole.RESIDENT
                        ? Optional.of(new org.openics.kernel.NhsNumber("9000000009"))
                        : Optional.empty());
    }

    @BeforeAll
    void population() throws Exception {
        registry.loadDemoIcs();
        Path folder = HOME.resolve("mutualaid-population");
        SyntheticPopulation.fhir()
                .generate(
                        DemoSystem.asAt(AS_AT),
                        new GenerationRequest(DemoSystem.ICB_CODE, 0.002, 15, folder, OutputFormat.NDJSON, AS_AT, 0),
                        ProgressListener.NONE);
        record.ingest(
                List.of(
                        folder.resolve("Organization.ndjson"),
                        folder.resolve("Patient.ndjson"),
                        folder.resolve("ServiceRequest.ndjson")),
                IngestOptions.from(null).with(IngestOptions.Validation.STRUCTURAL),
                ProgressListener.NONE);
        health.refresh(ProgressListener.NONE);
        mutualAid.loadDemo();
        record.facts(AnalyticFacts.WaitingListEntry.class, entries::add);
    }

    @Test
    void waitingListFiguresEqualCountsComputedDirectlyFromTheRecord() {
        WaitingLists waits = mutualAid.waits(ANALYST, AS_AT);
        Map<String, int[]> direct = new HashMap<>();
        for (AnalyticFacts.WaitingListEntry e : entries) {
            if (!"active".equals(e.status()) || e.clockStart().isAfter(AS_AT)) {
                continue;
            }
            long days = java.time.temporal.ChronoUnit.DAYS.between(e.clockStart(), AS_AT);
            int[] c = direct.computeIfAbsent(e.provider() + "|" + e.treatmentFunction(), k -> new int[4]);
            c[0]++;
            c[1] += days < 18 * 7 ? 1 : 0;
            c[2] += days >= 52 * 7 ? 1 : 0;
            c[3] += days >= 65 * 7 ? 1 : 0;
        }
        assertThat(direct).isNotEmpty();
        Map<String, int[]> shown = new HashMap<>();
        for (WaitsRow row : waits.rows()) {
            if (row.priority().isEmpty()
                    && waits.rows().stream()
                            .noneMatch(r -> r != row
                                    && r.provider().equals(row.provider())
                                    && r.treatmentFunction().equals(row.treatmentFunction())
                                    && r.priority().isEmpty()
                                    && r.waiting() > row.waiting())) {
                shown.merge(
                        row.provider() + "|" + row.treatmentFunction(),
                        new int[] {row.waiting(), row.within18(), row.over52(), row.over65()},
                        (a, b) -> a[0] >= b[0] ? a : b);
            }
        }
        assertThat(shown.keySet()).isEqualTo(direct.keySet());
        direct.forEach((key, c) -> assertThat(shown.get(key)).as(key).containsExactly(c));
        assertThat(waits.entries())
                .isEqualTo(direct.values().stream().mapToInt(c -> c[0]).sum());
        assertThat(waits.residents()).anyMatch(b -> b.dimension().equals("deprivation fifth"));
    }

    @Test
    void theOperationsLeadPlansTheBoardsOffersWithinEveryRule() {
        Plan plan = mutualAid.plan(OPERATIONS, AS_AT, PlanOptions.defaults());
        assertThat(plan.waiters()).isPositive();
        assertThat(plan.moved()).isPositive();
        assertThat(plan.transfers()).allMatch(t -> !t.origin().equals(t.destinationProvider()) && t.maxMiles() <= 50);
        Plan wider = mutualAid.plan(
                OPERATIONS,
                AS_AT,
                new PlanOptions(12, true, TravelLimit.MILES_100, Optional.of("ZIS01"), Optional.of("110"), 50));
        assertThat(wider.slotsOffered()).isGreaterThan(plan.slotsOffered());
        assertThat(mutualAid.audit(OPERATIONS, 50))
                .anyMatch(a -> a.action().equals("RUN_PLAN") && a.who().equals(OPERATIONS.username()));
    }

    @Test
    void everyWriteIsRefusedToEveryRoleThatMayNotDoItAndTheRefusalIsAudited() {
        Map<MutualAidPermission, Consumer<Actor>> writes = new java.util.EnumMap<>(MutualAidPermission.class);
        writes.put(MutualAidPermission.RUN_PLAN, a -> mutualAid.plan(a, AS_AT, PlanOptions.defaults()));
        writes.put(MutualAidPermission.MANAGE_BOARD, a -> mutualAid.offer(a, "ZIS01", "110", 1, 1, AS_AT.plusYears(1)));
        writes.put(
                MutualAidPermission.PROPOSE_TRANSFER,
                a -> mutualAid.propose(
                        a,
                        Pseudonym.of("0123456789abcdef01234567"),
                        "RJ2",
                        "110",
                        1,
                        DemoSites.SITES.get(0).location()));
        writes.put(
                MutualAidPermission.RECORD_CONSENT,
                a -> mutualAid.recordConsent(a, 999_999, true, TravelLimit.ANYWHERE));
        writes.put(MutualAidPermission.CONFIRM_SUITABILITY, a -> mutualAid.confirmSuitability(a, 999_999, true, ""));
        writes.put(MutualAidPermission.DECIDE_TRANSFER, a -> mutualAid.accept(a, 999_999));
        writes.put(
                MutualAidPermission.MANAGE_SITES,
                a -> mutualAid.importSites(
                        a,
                        "sites.csv",
                        "code,name,provider,provider_name,kind,latitude,longitude\nZTS01,Test site,ZTS,Test,independent,51.3,0.2\n"));
        int refused = 0;
        for (UserRole role : UserRole.values()) {
            Actor actor = actor(role, "RJ2");
            for (var write : writes.entrySet()) {
                if (write.getKey().allows(role)) {
                    write.getValue()
                            .accept(actor); // allowed: a result (perhaps a refusal with a reason), never NotAuthorised
                } else {
                    assertThatThrownBy(() -> write.getValue().accept(actor))
                            .as(role + " " + write.getKey())
                            .isInstanceOf(NotAuthorised.class)
                            .hasMessageContaining(role.label());
                    refused++;
                }
            }
            if (!MutualAidPermission.DECIDE_TRANSFER.allows(role)) {
                assertThatThrownBy(() -> mutualAid.decline(actor, 1, "x")).isInstanceOf(NotAuthorised.class);
                assertThatThrownBy(() -> mutualAid.complete(actor, 1)).isInstanceOf(NotAuthorised.class);
                assertThatThrownBy(() -> mutualAid.request(actor, "RJ2", "110", 1, "x"))
                        .isInstanceOf(NotAuthorised.class);
            }
        }
        assertThat(refused).isGreaterThan(40);
        assertThat(mutualAid.audit(OPERATIONS, 10_000).stream()
                        .filter(a -> a.outcome().equals("not authorised"))
                        .count())
                .isGreaterThanOrEqualTo(refused);
        assertThatThrownBy(() -> mutualAid.patients(OPERATIONS, "x")).isInstanceOf(NotAuthorised.class);
        assertThatThrownBy(() -> mutualAid.audit(ANALYST, 1)).isInstanceOf(NotAuthorised.class);
        assertThatThrownBy(() -> mutualAid.balanceDiagnostics(ANALYST, AS_AT, PlanOptions.defaults()))
                .isInstanceOf(NotAuthorised.class);
        assertThatThrownBy(() -> mutualAid.importDiagnosticWaits(ANALYST, "w.csv", WAITS_HEADER, AS_AT))
                .isInstanceOf(NotAuthorised.class);
        assertThatThrownBy(
                        () -> mutualAid.importOffers(ANALYST, "o.csv", "site,specialty,slots_per_week,weeks,expires\n"))
                .isInstanceOf(NotAuthorised.class);
        assertThatThrownBy(() -> mutualAid.diagnostics(actor(UserRole.RESIDENT, "RJ2"), AS_AT))
                .isInstanceOf(NotAuthorised.class);
    }

    static final String WAITS_HEADER = "provider,modality,weeks_waited,waiting\n";

    @Test
    void aDiagnosticsReturnIsLoadedRowByRowAndItsFiguresEqualTheFileCounts() {
        LocalDate day = AS_AT.minusDays(3);
        String file = WAITS_HEADER + """
                RJ1,MRI,0,50
                RJ1,MRI,4,30
                RJ1,MRI,6,15
                RJ1,MRI,20,5
                RJ2,MRI,7,12
                RJ2,SCAN,1,3
                RJ2,MRI,7,1
                """;
        ImportReport report = mutualAid.importDiagnosticWaits(OPERATIONS, "dm01.csv", file, day);
        assertThat(report.read()).isEqualTo(7);
        assertThat(report.loaded()).isEqualTo(5);
        assertThat(report.rejected())
                .extracting(Object::toString)
                .containsExactly(
                        "dm01.csv:7: modality: 'SCAN' is not one of " + Modality.codes(),
                        "dm01.csv:8: provider: repeats RJ2 MRI 7 of an earlier line");
        Diagnostics d = mutualAid.diagnostics(ANALYST, day.plusDays(1));
        assertThat(d.returnDate()).contains(day);
        DiagnosticsRow rj1 = d.providers().stream()
                .filter(r -> r.provider().equals("RJ1") && r.modality() == Modality.MRI)
                .findFirst()
                .orElseThrow();
        assertThat(rj1.waiting()).isEqualTo(100);
        assertThat(rj1.sixPlus()).isEqualTo(20);
        assertThat(rj1.thirteenPlus()).isEqualTo(5);
        DiagnosticsRow all = d.modalities().stream()
                .filter(r -> r.modality() == Modality.MRI)
                .findFirst()
                .orElseThrow();
        assertThat(all.waiting()).isEqualTo(112);
        assertThat(all.sixPlus()).isEqualTo(32);
        assertThat(all.testsPerWeek())
                .isEqualTo(mutualAid.diagnosticCapacity(ANALYST).stream()
                        .filter(c -> c.modality() == Modality.MRI)
                        .mapToInt(DiagnosticCapacity::testsPerWeek)
                        .sum())
                .isPositive();
        assertThat(mutualAid.audit(OPERATIONS, 200))
                .anyMatch(a -> a.action().equals("IMPORT") && a.outcome().equals("loaded 5, rejected 2"));

        // a file missing a column is refused whole: the date keeps its return
        assertThatThrownBy(() -> mutualAid.importDiagnosticWaits(
                        OPERATIONS, "bad.csv", "provider,modality,waiting\nRJ1,MRI,1\n", day))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.csv:1: no column weeks_waited");
        assertThat(mutualAid.diagnostics(ANALYST, day).waiting()).isEqualTo(d.waiting());

        BalancePlan balance = mutualAid.balanceDiagnostics(
                OPERATIONS,
                day,
                new PlanOptions(4, false, TravelLimit.MILES_50, Optional.empty(), Optional.empty(), 0));
        assertThat(balance.plan().waiters()).isEqualTo(112);
        assertThat(balance.sixPlusBefore()).isEqualTo(32);
        assertThat(balance.plan().moved()).isPositive();
        assertThat(balance.sixPlusMoved())
                .isEqualTo(32); // the offered MRI tests a week over four weeks cover every long waiter
        assertThat(balance.plan().transfers())
                .allMatch(t -> !t.origin().equals(t.destinationProvider())
                        && t.maxMiles() <= 50
                        && t.specialty().equals("MRI"));
        BalancePlan more = mutualAid.balanceDiagnostics(
                OPERATIONS,
                day,
                new PlanOptions(4, false, TravelLimit.MILES_50, Optional.of("ZCD01"), Optional.of("ct"), 40));
        assertThat(more.plan().slotsOffered()).isEqualTo(balance.plan().slotsOffered() + 160);
    }

    @Test
    void sitesAndOffersAreLoadableAndAnOfferAtASiteNotRegisteredIsRejected() {
        ImportReport sites = mutualAid.importSites(OPERATIONS, "sites.csv", """
                code,name,provider,provider_name,kind,latitude,longitude
                ZIS07,Orpington Treatment Centre (test),ZIT,Independent (test),independent,51.3727,0.0980
                ZIS08,Bad,ZIT,Independent (test),independent,91,0.1
                """);
        assertThat(sites.loaded()).isEqualTo(1);
        assertThat(sites.rejected())
                .singleElement()
                .hasToString("sites.csv:3: latitude: 91.0 is outside Great Britain (49.8 to 60.9)");
        assertThat(mutualAid.sites())
                .anyMatch(s -> s.code().equals("ZIS07") && s.kind() == SiteKind.INDEPENDENT)
                .noneMatch(s -> s.code().equals("ZIS08"));
        int before = mutualAid.offers(OPERATIONS).size();
        ImportReport offers = mutualAid.importOffers(
                OPERATIONS,
                "offers.csv",
                "site,specialty,slots_per_week,weeks,expires\n" + "ZIS07,110,25,12,"
                        + LocalDate.now().plusWeeks(20) + "\nZIS08,110,25,12,"
                        + LocalDate.now().plusWeeks(20) + "\n");
        assertThat(offers.loaded()).isEqualTo(1);
        assertThat(offers.rejected())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("no site ZIS08 is registered"));
        assertThat(mutualAid.offers(OPERATIONS))
                .hasSize(before + 1)
                .anyMatch(o -> o.site().equals("ZIS07") && o.provider().equals("ZIT"));
    }

    /** A waiter of a provider that has a site in the demo, and a fresh offer elsewhere for their specialty. */
    record Case(AnalyticFacts.WaitingListEntry entry, CapacityOffer offer, Actor sendingClinician) {}

    Case freshCase(int index, int slotsPerWeek, int weeks, LocalDate expires) {
        List<AnalyticFacts.WaitingListEntry> candidates = entries.stream()
                .filter(e -> "RJ2".equals(e.provider()) && "active".equals(e.status()))
                .toList();
        AnalyticFacts.WaitingListEntry entry = candidates.get(index);
        CapacityOffer offer =
                mutualAid.offer(OPERATIONS, "ZIS01", entry.treatmentFunction(), slotsPerWeek, weeks, expires);
        return new Case(entry, offer, actor(UserRole.CLINICIAN, "RJ2"));
    }

    StepResult propose(Case c) {
        return mutualAid.propose(
                OPERATIONS,
                Pseudonym.of(c.entry().pseudonym()),
                "RJ2",
                c.entry().treatmentFunction(),
                c.offer().id(),
                DemoSites.site("RJ224").orElseThrow().location());
    }

    @Test
    void aTransferGoesThroughConsentSuitabilityAcceptanceAndCompletionEachStepAudited() {
        Case c = freshCase(0, 1, 1, LocalDate.now().plusWeeks(4));
        StepResult proposed = propose(c);
        assertThat(proposed.done()).isTrue();
        long id = proposed.transfer().orElseThrow().id();
        assertThat(mutualAid.accept(OPERATIONS, id).refusal()).contains(RefusalReason.OUT_OF_ORDER);
        assertThat(mutualAid
                        .recordConsent(c.sendingClinician(), id, true, TravelLimit.MILES_50)
                        .done())
                .isTrue();
        assertThat(mutualAid
                        .confirmSuitability(actor(UserRole.CLINICIAN, "RJZ"), id, true, "")
                        .refusal())
                .contains(RefusalReason.NOT_SENDING_PROVIDER);
        assertThat(mutualAid
                        .confirmSuitability(c.sendingClinician(), id, true, "fit for day surgery")
                        .done())
                .isTrue();
        assertThat(mutualAid.accept(OPERATIONS, id).done()).isTrue();
        assertThat(mutualAid.complete(OPERATIONS, id).transfer().orElseThrow().status())
                .isEqualTo(TransferStatus.TRANSFERRED);
        List<String> steps = mutualAid.audit(OPERATIONS, 10_000).stream()
                .filter(a -> a.subject().equals("transfer " + id))
                .map(a -> a.action() + ":" + a.outcome())
                .toList();
        assertThat(steps)
                .contains(
                        "PROPOSE:proposed",
                        "CONSENT:consented",
                        "SUITABILITY:suitable",
                        "ACCEPT:accepted",
                        "COMPLETE:transferred",
                        "ACCEPT:refused: OUT_OF_ORDER",
                        "SUITABILITY:refused: NOT_SENDING_PROVIDER");

        // the offer had one slot: the next patient finds it taken
        Case next = new Case(
                entries.stream()
                        .filter(e -> "RJ2".equals(e.provider())
                                && "active".equals(e.status())
                                && e.treatmentFunction().equals(c.entry().treatmentFunction())
                                && !e.pseudonym().equals(c.entry().pseudonym()))
                        .findFirst()
                        .orElse(c.entry()),
                c.offer(),
                c.sendingClinician());
        assertThat(propose(next).refusal()).contains(RefusalReason.CAPACITY_TAKEN);
    }

    @Test
    void refusalsHaveTheirReasons() {
        Case noConsent = freshCase(1, 5, 2, LocalDate.now().plusWeeks(4));
        long a = propose(noConsent).transfer().orElseThrow().id();
        StepResult refused = mutualAid.recordConsent(noConsent.sendingClinician(), a, false, TravelLimit.ANYWHERE);
        assertThat(refused.refusal()).contains(RefusalReason.NO_CONSENT);
        assertThat(refused.transfer().orElseThrow().status()).isEqualTo(TransferStatus.REFUSED);

        Case far = freshCase(2, 5, 2, LocalDate.now().plusWeeks(4));
        long b = mutualAid
                .propose(
                        OPERATIONS,
                        Pseudonym.of(far.entry().pseudonym()),
                        "RJ2",
                        far.entry().treatmentFunction(),
                        far.offer().id(),
                        new Location(53.4808, -2.2426))
                .transfer()
                .orElseThrow()
                .id(); // lives in Manchester
        assertThat(mutualAid
                        .recordConsent(far.sendingClinician(), b, true, TravelLimit.MILES_100)
                        .refusal())
                .contains(RefusalReason.BEYOND_TRAVEL_LIMIT);

        Case unsuitable = freshCase(3, 5, 2, LocalDate.now().plusWeeks(4));
        long d = propose(unsuitable).transfer().orElseThrow().id();
        mutualAid.recordConsent(unsuitable.sendingClinician(), d, true, TravelLimit.MILES_50);
        assertThat(mutualAid
                        .confirmSuitability(
                                unsuitable.sendingClinician(), d, false, "needs an intensive care bed after surgery")
                        .detail())
                .contains("intensive care");

        Case expired = freshCase(4, 5, 2, LocalDate.now().minusDays(1));
        assertThat(propose(expired).refusal()).contains(RefusalReason.OFFER_EXPIRED);

        Case stranger = freshCase(5, 5, 2, LocalDate.now().plusWeeks(4));
        long e = propose(stranger).transfer().orElseThrow().id();
        assertThat(mutualAid
                        .recordConsent(actor(UserRole.CLINICIAN, "Z99999"), e, true, TravelLimit.ANYWHERE)
                        .refusal())
                .contains(RefusalReason.NO_RELATIONSHIP);
        assertThat(mutualAid.audit(OPERATIONS, 10_000))
                .anyMatch(x -> x.outcome().equals("refused: NO_CONSENT"))
                .anyMatch(x -> x.outcome().equals("refused: BEYOND_TRAVEL_LIMIT"))
                .anyMatch(x -> x.outcome().equals("refused: UNSUITABLE"))
                .anyMatch(x -> x.outcome().equals("refused: OFFER_EXPIRED"));
    }

    @Test
    void weeksAreDaysOverSeven() {
        assertThat(WaitingListSummary.weeks(AS_AT.minusDays(365), AS_AT)).isEqualTo(365 / 7.0);
    }
}
