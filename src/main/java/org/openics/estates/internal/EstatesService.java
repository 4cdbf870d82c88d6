package org.openics.estates.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.estates.CapitalBidLink;
import org.openics.estates.EditOutcome;
import org.openics.estates.EstatePlan;
import org.openics.estates.Estates;
import org.openics.estates.EstatesImport;
import org.openics.estates.EstatesPermission;
import org.openics.estates.Hub;
import org.openics.estates.HubCoverage;
import org.openics.estates.PlaceEstate;
import org.openics.estates.Site;
import org.openics.estates.capital.CapitalBids;
import org.openics.estates.demo.DemoEstate;
import org.openics.estates.importing.EricSiteReader;
import org.openics.estates.importing.HubText;
import org.openics.estates.importing.ParsedSites;
import org.openics.estates.importing.SiteDirectory;
import org.openics.estates.sites.Coverage;
import org.openics.estates.sites.Estate;
import org.openics.finance.CapitalPlan;
import org.openics.finance.Finance;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.kernel.CsvRows;
import org.openics.kernel.OdsCode;
import org.openics.kernel.UserRole;
import org.openics.registry.DemoSystem;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EstatesService implements Estates {

    private final JdbcEstatesStore store;
    private final Registry registry;
    private final Finance finance;
    private final Clock clock = Clock.systemDefaultZone();

    EstatesService(JdbcEstatesStore store, Registry registry, Finance finance) {
        this.store = store;
        this.registry = registry;
        this.finance = finance;
    }

    @Override
    @Transactional
    public EstatesImport importSites(String fileName, String text, LocalDate period, Actor actor) {
        Authorisation.require(actor, EstatesPermission.IMPORT_RETURNS);
        SystemOfSystems system = registry.asAt(period == null ? LocalDate.now(clock) : period);
        ParsedSites parsed = EricSiteReader.read(CsvRows.parse(fileName, text), period, directory(system));
        long changes = parsed.sites().stream()
                .filter(s -> store.upsert(s, fileName, actor.username(), clock.instant()))
                .count();
        EstatesImport report =
                new EstatesImport(fileName, parsed.read(), parsed.sites().size(), parsed.rejected(), changes);
        store.log(
                actor,
                "import site return",
                fileName + " for " + period + ": read " + report.read() + ", loaded " + report.loaded() + ", rejected "
                        + report.rejected().size() + ", changes " + changes,
                clock.instant());
        return report;
    }

    private static SiteDirectory directory(SystemOfSystems system) {
        return new SiteDirectory() {
            @Override
            public boolean isOrganisation(String code) {
                return system.organisation(OdsCode.of(code)).isPresent();
            }

            @Override
            public boolean isPlace(String code) {
                return system.organisation(OdsCode.of(code))
                        .map(o -> o.kind() == OrganisationKind.PLACE)
                        .orElse(false);
            }

            @Override
            public Optional<String> placeOfLsoa(String lsoa) {
                return system.organisation(OdsCode.of(lsoa))
                        .filter(o -> o.kind() == OrganisationKind.LSOA)
                        .flatMap(o -> system.placeOf(o.code()))
                        .map(p -> p.code().value());
            }
        };
    }

    @Override
    public List<Site> sites(LocalDate asAt, Actor actor) {
        Authorisation.require(actor, EstatesPermission.READ);
        return Estate.inForce(store.sites(asAt), asAt);
    }

    @Override
    public List<PlaceEstate> places(LocalDate asAt, Actor actor) {
        Authorisation.require(actor, EstatesPermission.READ);
        SystemOfSystems system = registry.asAt(asAt);
        List<Estate.Place> places = system.organisations(OrganisationKind.PLACE).stream()
                .map(p -> new Estate.Place(p.code().value(), p.name(), mostDeprivedShare(system, p)))
                .toList();
        return Estate.places(Estate.inForce(store.sites(asAt), asAt), places);
    }

    /** Share of the place's LSOAs with a known IMD decile that are in the national most deprived fifth; null when none is known. */
    static Double mostDeprivedShare(SystemOfSystems system, Organisation place) {
        int known = 0;
        int deprived = 0;
        for (Organisation lsoa : system.lsoasIn(place.code())) {
            var d = system.deprivation(lsoa.code());
            if (d.isPresent()) {
                known++;
                deprived += d.get().quintile() == 1 ? 1 : 0;
            }
        }
        return known == 0 ? null : 100.0 * deprived / known;
    }

    @Override
    @Transactional
    public EditOutcome saveHub(Hub hub, Actor actor) {
        Authorisation.require(actor, EstatesPermission.EDIT_HUBS);
        SystemOfSystems system = registry.asAt(LocalDate.now(clock));
        List<String> problems = new ArrayList<>();
        hub.neighbourhoods().stream()
                .map(Hub.Neighbourhood::pcn)
                .filter(pcn -> !isPcn(system, pcn))
                .forEach(pcn -> problems.add("PCN " + pcn + " is not a PCN in the registry"));
        hub.services().stream()
                .flatMap(s -> s.pcns().stream())
                .distinct()
                .filter(pcn ->
                        hub.neighbourhoods().stream().noneMatch(n -> n.pcn().equals(pcn)))
                .forEach(pcn -> problems.add("a service is hosted for PCN " + pcn + ", which the hub does not serve"));
        if (!store.hasSite(hub.siteCode())) {
            problems.add("site " + hub.siteCode() + " has no site return: import the site first");
        }
        if (!problems.isEmpty()) {
            return EditOutcome.refused(problems);
        }
        store.replaceHub(hub, actor.username(), clock.instant());
        store.log(
                actor,
                "save hub",
                hub.siteCode() + " " + hub.name() + ": " + hub.services().size() + " services for "
                        + hub.neighbourhoods().size() + " PCNs",
                clock.instant());
        return EditOutcome.saved(0);
    }

    @Override
    @Transactional
    public EditOutcome saveHub(String siteCode, String name, String services, String neighbourhoods, Actor actor) {
        Authorisation.require(actor, EstatesPermission.EDIT_HUBS);
        HubText.Parsed parsed = HubText.parse(siteCode, name, services, neighbourhoods);
        return parsed.problems().isEmpty() ? saveHub(parsed.hub(), actor) : EditOutcome.refused(parsed.problems());
    }

    private static boolean isPcn(SystemOfSystems system, String code) {
        return system.organisation(OdsCode.of(code))
                .map(o -> o.kind() == OrganisationKind.PCN)
                .orElse(false);
    }

    @Override
    public List<HubCoverage> hubs(LocalDate asAt, Actor actor) {
        Authorisation.require(actor, EstatesPermission.READ);
        SystemOfSystems system = registry.asAt(asAt);
        Map<String, Site> sites = new HashMap<>();
        Estate.inForce(store.sites(asAt), asAt).forEach(s -> sites.put(s.siteCode(), s));
        List<HubCoverage> result = new ArrayList<>();
        for (Hub hub : store.hubs()) {
            Map<String, String> names = new HashMap<>();
            Map<String, Double> patients = new HashMap<>();
            for (Hub.Neighbourhood n : hub.neighbourhoods()) {
                system.organisation(OdsCode.of(n.pcn())).ifPresent(o -> names.put(n.pcn(), o.name()));
                registered(system, n.pcn()).ifPresent(p -> patients.put(n.pcn(), p));
            }
            result.add(Coverage.of(hub, Optional.ofNullable(sites.get(hub.siteCode())), names, patients));
        }
        return result;
    }

    /** Patients registered at the PCN's practices; empty when none has a list size. */
    private static Optional<Double> registered(SystemOfSystems system, String pcn) {
        List<Double> lists = system.practicesUnder(OdsCode.of(pcn)).stream()
                .map(p -> system.population(p.code(), PopulationMeasure.REGISTERED))
                .flatMap(Optional::stream)
                .toList();
        return lists.isEmpty()
                ? Optional.empty()
                : Optional.of(lists.stream().mapToDouble(Double::doubleValue).sum());
    }

    @Override
    @Transactional
    public EditOutcome savePlan(EstatePlan plan, Actor actor) {
        Authorisation.require(actor, EstatesPermission.EDIT_PLANS);
        long id = store.savePlan(plan, actor.username(), clock.instant());
        if (id == 0) {
            return EditOutcome.refused(List.of("no estate plan " + plan.id()));
        }
        store.log(
                actor,
                plan.id() == 0 ? "add plan" : "change plan",
                id + " " + plan.kind() + " " + plan.siteCode() + " '" + plan.title() + "' " + plan.status()
                        + plan.capitalBid().map(b -> " capital bid " + b).orElse(""),
                clock.instant());
        return EditOutcome.saved(id);
    }

    @Override
    public List<EstatePlan> plans(Actor actor) {
        Authorisation.require(actor, EstatesPermission.READ);
        return store.plans();
    }

    @Override
    public List<CapitalBidLink> capitalBids(LocalDate asAt, Actor actor) {
        Authorisation.require(actor, EstatesPermission.READ);
        List<CapitalPlan> rounds = finance.capitalRounds(actor);
        Map<String, String> placeOfSite = new HashMap<>();
        Estate.inForce(store.sites(asAt), asAt).forEach(s -> placeOfSite.put(s.siteCode(), s.place()));
        List<CapitalBidLink> links = new ArrayList<>();
        for (EstatePlan plan : store.plans()) {
            plan.capitalBid()
                    .ifPresent(ref -> links.add(
                            CapitalBids.link(plan, ref, rounds, placeOfSite.getOrDefault(plan.siteCode(), ""))));
        }
        return links;
    }

    @Override
    @Transactional
    public boolean loadDemo() {
        if (store.hasSites()
                || registry.organisation(OdsCode.of(DemoSystem.ICB_CODE), LocalDate.now(clock))
                        .isEmpty()) {
            return false;
        }
        Actor demo = new Actor("demo", UserRole.ESTATES_LEAD, Optional.of(DemoSystem.ICB_CODE), Optional.empty());
        SystemOfSystems system = registry.asAt(DemoEstate.SECOND_YEAR);
        // both returns are checked against the demo ICS as at the second year (it begins on 1 January 2026)
        DemoEstate.sites(directory(system))
                .forEach(s -> store.upsert(s, "DEMO:synthetic South East London", demo.username(), clock.instant()));
        Map<String, List<String>> pcns = new LinkedHashMap<>();
        for (Organisation pcn : system.organisations(OrganisationKind.PCN)) {
            system.placeOf(pcn.code())
                    .ifPresent(p -> pcns.computeIfAbsent(p.code().value(), k -> new ArrayList<>())
                            .add(pcn.code().value()));
        }
        DemoEstate.hubs(pcns).forEach(h -> store.replaceHub(h, demo.username(), clock.instant()));
        DemoEstate.plans().forEach(p -> store.savePlan(p, demo.username(), clock.instant()));
        store.log(demo, "load demo", "synthetic estate of the demo ICS", clock.instant());
        return true;
    }
}
