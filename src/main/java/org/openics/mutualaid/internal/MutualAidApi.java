package org.openics.mutualaid.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.Pseudonym;
import org.openics.mutualaid.AidRequest;
import org.openics.mutualaid.AuditEvent;
import org.openics.mutualaid.BalancePlan;
import org.openics.mutualaid.CapacityOffer;
import org.openics.mutualaid.DiagnosticCapacity;
import org.openics.mutualaid.Diagnostics;
import org.openics.mutualaid.ImportReport;
import org.openics.mutualaid.Location;
import org.openics.mutualaid.MutualAid;
import org.openics.mutualaid.PatientTransfer;
import org.openics.mutualaid.Plan;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.StepResult;
import org.openics.mutualaid.Transfer;
import org.openics.mutualaid.TravelLimit;
import org.openics.mutualaid.WaitingLists;
import org.openics.mutualaid.WaitsRow;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of mutual aid under /api/mutual-aid; every call is checked by role at the entry point. Dates YYYY-MM-DD, default today. */
@RestController
@RequestMapping("/api/mutual-aid")
class MutualAidApi {

    private final MutualAid mutualAid;
    private final MutualAidWeb web;

    MutualAidApi(MutualAid mutualAid, MutualAidWeb web) {
        this.mutualAid = mutualAid;
        this.web = web;
    }

    @GetMapping("/waits")
    WaitingLists waits(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Authentication auth) {
        return mutualAid.waits(web.actor(auth), asAt.orElseGet(LocalDate::now));
    }

    @GetMapping(value = "/waits.csv", produces = "text/csv")
    String waitsCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Authentication auth) {
        return waitsCsv(mutualAid.waits(web.actor(auth), asAt.orElseGet(LocalDate::now)));
    }

    static String waitsCsv(WaitingLists waits) {
        StringBuilder b = new StringBuilder(MutualAidWeb.line(
                "as_at",
                "provider",
                "treatment_function",
                "priority",
                "waiting",
                "median_weeks",
                "centile92_weeks",
                "not_calculated",
                "within_18_weeks",
                "share_within_18",
                "lower95",
                "upper95",
                "over_52",
                "over_65",
                "over_78"));
        for (WaitsRow r : waits.rows()) {
            b.append(MutualAidWeb.line(
                    waits.asAt(),
                    r.provider(),
                    r.treatmentFunction(),
                    r.priority().map(Enum::name).orElse("all"),
                    r.waiting(),
                    r.medianWeeks(),
                    r.centile92Weeks(),
                    r.notCalculated(),
                    r.within18(),
                    r.shareWithin18(),
                    r.lower95(),
                    r.upper95(),
                    r.over52(),
                    r.over65(),
                    r.over78()));
        }
        return b.toString();
    }

    /** A plan without its per-waiter assignments (pseudonymous ids stay on the server). */
    record PlanView(
            String method,
            int horizonWeeks,
            boolean equityProtected,
            int waiters,
            int waitersInReach,
            int moved,
            long slotsOffered,
            List<Transfer> transfers,
            Plan.Outcome before,
            Plan.Outcome after,
            double totalMiles,
            double maxMiles,
            double objective,
            double bound,
            double gapPercent,
            long solveMillis) {

        static PlanView of(Plan p) {
            return new PlanView(
                    p.method().label(),
                    p.horizonWeeks(),
                    p.equityProtected(),
                    p.waiters(),
                    p.waitersInReach(),
                    p.moved(),
                    p.slotsOffered(),
                    p.transfers(),
                    p.before(),
                    p.after(),
                    p.totalMiles(),
                    p.maxMiles(),
                    p.objective(),
                    p.bound(),
                    p.gapPercent(),
                    p.solveMillis());
        }
    }

    @GetMapping("/plan")
    PlanView plan(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            @RequestParam Optional<Integer> horizon,
            @RequestParam Optional<Boolean> equity,
            @RequestParam Optional<String> limit,
            @RequestParam Optional<String> site,
            @RequestParam Optional<String> specialty,
            @RequestParam Optional<Integer> slots,
            Authentication auth) {
        return PlanView.of(mutualAid.plan(
                web.actor(auth),
                asAt.orElseGet(LocalDate::now),
                MutualAidWeb.options(horizon, equity, limit, site, specialty, slots)));
    }

    @GetMapping(value = "/plan.csv", produces = "text/csv")
    String planCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            @RequestParam Optional<Integer> horizon,
            @RequestParam Optional<Boolean> equity,
            @RequestParam Optional<String> limit,
            @RequestParam Optional<String> site,
            @RequestParam Optional<String> specialty,
            @RequestParam Optional<Integer> slots,
            Authentication auth) {
        Plan plan = mutualAid.plan(
                web.actor(auth),
                asAt.orElseGet(LocalDate::now),
                MutualAidWeb.options(horizon, equity, limit, site, specialty, slots));
        return transfersCsv(plan);
    }

    static String transfersCsv(Plan plan) {
        return transfersCsv(plan, "treatment_function");
    }

    /** The plan's transfers; {@code service} names the column of what is moved for (treatment function or modality). */
    static String transfersCsv(Plan plan, String service) {
        StringBuilder b = new StringBuilder(MutualAidWeb.line(
                "origin", "site", "destination_provider", service, "waiters", "mean_miles", "max_miles"));
        plan.transfers()
                .forEach(t -> b.append(MutualAidWeb.line(
                        t.origin(),
                        t.site(),
                        t.destinationProvider(),
                        t.specialty(),
                        t.waiters(),
                        t.meanMiles(),
                        t.maxMiles())));
        return b.toString();
    }

    @GetMapping("/offers")
    List<CapacityOffer> offers(Authentication auth) {
        return mutualAid.offers(web.actor(auth));
    }

    record NewOffer(String site, String specialty, int slotsPerWeek, int weeks, LocalDate expires) {}

    @PostMapping("/offers")
    CapacityOffer offer(@RequestBody NewOffer o, Authentication auth) {
        return mutualAid.offer(
                web.actor(auth),
                o.site(),
                o.specialty(),
                o.slotsPerWeek(),
                o.weeks(),
                o.expires() == null ? LocalDate.now().plusWeeks(o.weeks()) : o.expires());
    }

    @GetMapping("/requests")
    List<AidRequest> requests(Authentication auth) {
        return mutualAid.requests(web.actor(auth));
    }

    record NewRequest(String provider, String specialty, int patients, String note) {}

    @PostMapping("/requests")
    AidRequest request(@RequestBody NewRequest r, Authentication auth) {
        return mutualAid.request(web.actor(auth), r.provider(), r.specialty(), r.patients(), r.note());
    }

    @GetMapping("/transfers")
    List<PatientTransfer> transfers(Authentication auth) {
        return mutualAid.transfers(web.actor(auth));
    }

    record NewTransfer(
            String pseudonym, String origin, String specialty, long offerId, double latitude, double longitude) {}

    @PostMapping("/transfers")
    StepResult propose(@RequestBody NewTransfer t, Authentication auth) {
        return mutualAid.propose(
                web.actor(auth),
                Pseudonym.of(t.pseudonym()),
                t.origin(),
                t.specialty(),
                t.offerId(),
                new Location(t.latitude(), t.longitude()));
    }

    @PostMapping("/transfers/{id}/consent")
    StepResult consent(
            @PathVariable long id, @RequestParam boolean consents, @RequestParam String travel, Authentication auth) {
        return mutualAid.recordConsent(
                web.actor(auth),
                id,
                consents,
                TravelLimit.parse(travel)
                        .orElseThrow(() -> new IllegalArgumentException("travel is 50, 100 or anywhere")));
    }

    @PostMapping("/transfers/{id}/suitability")
    StepResult suitability(
            @PathVariable long id,
            @RequestParam boolean suitable,
            @RequestParam Optional<String> why,
            Authentication auth) {
        return mutualAid.confirmSuitability(web.actor(auth), id, suitable, why.orElse(""));
    }

    @PostMapping("/transfers/{id}/accept")
    StepResult accept(@PathVariable long id, Authentication auth) {
        return mutualAid.accept(web.actor(auth), id);
    }

    @PostMapping("/transfers/{id}/decline")
    StepResult decline(@PathVariable long id, @RequestParam String why, Authentication auth) {
        return mutualAid.decline(web.actor(auth), id, why);
    }

    @PostMapping("/transfers/{id}/complete")
    StepResult complete(@PathVariable long id, Authentication auth) {
        return mutualAid.complete(web.actor(auth), id);
    }

    @GetMapping("/audit")
    List<AuditEvent> audit(@RequestParam Optional<Integer> limit, Authentication auth) {
        return mutualAid.audit(web.actor(auth), limit.orElse(200));
    }

    @GetMapping("/sites")
    List<Site> sites(Authentication auth) {
        web.actor(auth);
        return mutualAid.sites();
    }

    @GetMapping(value = "/sites.csv", produces = "text/csv")
    String sitesCsv(Authentication auth) {
        web.actor(auth);
        return sitesCsv(mutualAid.sites());
    }

    static String sitesCsv(List<Site> sites) {
        StringBuilder b = new StringBuilder(
                MutualAidWeb.line("code", "name", "provider", "provider_name", "kind", "latitude", "longitude"));
        sites.forEach(s -> b.append(MutualAidWeb.line(
                s.code(),
                s.name(),
                s.provider(),
                s.providerName(),
                s.kind().name().toLowerCase(java.util.Locale.ROOT),
                s.location().latitude(),
                s.location().longitude())));
        return b.toString();
    }

    /** Imports a CSV body; {@code file} names it in the report's rejections (default: the endpoint's kind). */
    @PostMapping(
            value = "/sites",
            consumes = {"text/csv", "text/plain"})
    ImportReport importSites(@RequestBody String csv, @RequestParam Optional<String> file, Authentication auth) {
        return mutualAid.importSites(web.actor(auth), file.orElse("sites.csv"), csv);
    }

    @PostMapping(
            value = "/diagnostics/capacity",
            consumes = {"text/csv", "text/plain"})
    ImportReport importCapacity(@RequestBody String csv, @RequestParam Optional<String> file, Authentication auth) {
        return mutualAid.importDiagnosticCapacity(web.actor(auth), file.orElse("diagnostic-capacity.csv"), csv);
    }

    @PostMapping(
            value = "/diagnostics/waits",
            consumes = {"text/csv", "text/plain"})
    ImportReport importWaits(
            @RequestBody String csv,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate returnDate,
            @RequestParam Optional<String> file,
            Authentication auth) {
        return mutualAid.importDiagnosticWaits(web.actor(auth), file.orElse("diagnostic-waits.csv"), csv, returnDate);
    }

    @PostMapping(
            value = "/offers",
            consumes = {"text/csv", "text/plain"})
    ImportReport importOffers(@RequestBody String csv, @RequestParam Optional<String> file, Authentication auth) {
        return mutualAid.importOffers(web.actor(auth), file.orElse("offers.csv"), csv);
    }

    @GetMapping("/diagnostics")
    Diagnostics diagnostics(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Authentication auth) {
        return mutualAid.diagnostics(web.actor(auth), asAt.orElseGet(LocalDate::now));
    }

    @GetMapping(value = "/diagnostics.csv", produces = "text/csv")
    String diagnosticsCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Authentication auth) {
        return diagnosticsCsv(mutualAid.diagnostics(web.actor(auth), asAt.orElseGet(LocalDate::now)));
    }

    static String diagnosticsCsv(Diagnostics d) {
        StringBuilder b = new StringBuilder(MutualAidWeb.line(
                "return_date",
                "provider",
                "modality",
                "waiting",
                "six_weeks_or_more",
                "share_six_plus",
                "lower95",
                "upper95",
                "meets_1pc_standard",
                "thirteen_weeks_or_more",
                "median_weeks",
                "tests_per_week",
                "offered_per_week",
                "weeks_of_capacity",
                "not_calculated"));
        java.util.stream.Stream.concat(d.providers().stream(), d.modalities().stream())
                .forEach(r -> b.append(MutualAidWeb.line(
                        d.returnDate(),
                        r.provider(),
                        r.modality().name(),
                        r.waiting(),
                        r.sixPlus(),
                        r.shareSixPlus(),
                        r.lower95(),
                        r.upper95(),
                        r.meetsStandard(),
                        r.thirteenPlus(),
                        r.medianWeeks(),
                        r.testsPerWeek(),
                        r.offeredPerWeek(),
                        r.weeksOfCapacity(),
                        r.notCalculated())));
        return b.toString();
    }

    /** A diagnostics balancing plan without per-waiter assignments. */
    record BalanceView(PlanView plan, int sixPlusBefore, int sixPlusMoved, int sixPlusLeft, int waitersWithoutSite) {

        static BalanceView of(BalancePlan b) {
            return new BalanceView(
                    PlanView.of(b.plan()),
                    b.sixPlusBefore(),
                    b.sixPlusMoved(),
                    b.sixPlusLeft(),
                    b.waitersWithoutSite());
        }
    }

    @GetMapping("/diagnostics/plan")
    BalanceView balance(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            @RequestParam Optional<Integer> horizon,
            @RequestParam Optional<String> limit,
            @RequestParam Optional<String> site,
            @RequestParam Optional<String> modality,
            @RequestParam Optional<Integer> slots,
            Authentication auth) {
        return BalanceView.of(mutualAid.balanceDiagnostics(
                web.actor(auth),
                asAt.orElseGet(LocalDate::now),
                MutualAidWeb.options(
                        Optional.of(horizon.orElse(MutualAidWeb.DIAGNOSTICS_HORIZON)),
                        Optional.of(false),
                        limit,
                        site,
                        modality,
                        slots)));
    }

    @GetMapping(value = "/diagnostics/plan.csv", produces = "text/csv")
    String balanceCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            @RequestParam Optional<Integer> horizon,
            @RequestParam Optional<String> limit,
            @RequestParam Optional<String> site,
            @RequestParam Optional<String> modality,
            @RequestParam Optional<Integer> slots,
            Authentication auth) {
        return transfersCsv(
                mutualAid
                        .balanceDiagnostics(
                                web.actor(auth),
                                asAt.orElseGet(LocalDate::now),
                                MutualAidWeb.options(
                                        Optional.of(horizon.orElse(MutualAidWeb.DIAGNOSTICS_HORIZON)),
                                        Optional.of(false),
                                        limit,
                                        site,
                                        modality,
                                        slots))
                        .plan(),
                "modality");
    }

    @GetMapping("/diagnostics/capacity")
    List<DiagnosticCapacity> capacity(Authentication auth) {
        return mutualAid.diagnosticCapacity(web.actor(auth));
    }
}
