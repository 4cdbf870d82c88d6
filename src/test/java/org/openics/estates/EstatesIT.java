package org.openics.estates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.finance.CapitalPlan;
import org.openics.finance.Finance;
import org.openics.finance.capital.Bid;
import org.openics.kernel.Actor;
import org.openics.kernel.Money;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.OdsCode;
import org.openics.kernel.UserRole;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.registry.RejectedRow;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The estate on the real store: damaged and repeated site returns, dated returns, hubs and plans, refusals by role. */
class EstatesIT extends PlatformIT {

    static final LocalDate YEAR = LocalDate.of(2031, 4, 1);
    static final String RETURN = """
            Trust Code,Site Code,Site Name,Gross internal floor area (m²),Place code,Latitude,Longitude,Condition,Cost to eradicate high risk backlog (£),Unoccupied floor area (m²)
            RN7,ITZ01,IT Hospital,5000,LCPZ-E09000004,51.44,0.20,D,250000,400
            RN7,ITZ02,IT Clinic,900,LCPZ-E09000004,51.45,0.15,B,,
            NOPE,ITZ03,Nobody's,100,,,,,,
            """;

    @Autowired
    Registry registry;

    @Autowired
    Estates estates;

    @Autowired
    JdbcTemplate jdbc;

    static Actor as(UserRole role) {
        return new Actor(
                role.name().toLowerCase(),
                role,
                Optional.empty(),
                role == UserRole.RESIDENT
                        ? Optional.of(new org.openics.kernel.NhsNumber("9000000009"))
                        : Optional.empty());
    }

    static final Actor LEAD = as(UserRole.ESTATES_LEAD);

    @BeforeEach
    void demoIcs() {
        registry.loadDemoIcs();
    }

    static Site site(List<Site> sites, String code) {
        return sites.stream().filter(s -> s.siteCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aDamagedReturnLoadsItsGoodSitesNamesTheBadLineAndChangesNothingTheSecondTime() {
        EstatesImport first = estates.importSites("eric-2031.csv", RETURN, YEAR, LEAD);
        assertThat(first.loaded()).isEqualTo(2);
        assertThat(first.rejected())
                .extracting(RejectedRow::toString)
                .containsExactly("eric-2031.csv:4: owner NOPE is not in the registry");
        assertThat(estates.importSites("eric-2031.csv", RETURN, YEAR, LEAD).changes())
                .isZero();
        Site hospital = site(estates.sites(YEAR, LEAD), "ITZ01");
        assertThat(hospital.backlog().high()).isEqualTo(Money.ofPounds(250_000));
        assertThat(hospital.condition()).contains(Condition.D);

        estates.importSites("eric-2032.csv", RETURN.replace("250000", "100000"), YEAR.plusYears(1), LEAD);
        assertThat(site(estates.sites(YEAR.plusMonths(6), LEAD), "ITZ01")
                        .backlog()
                        .high())
                .as("the 2031 return holds until the next")
                .isEqualTo(Money.ofPounds(250_000));
        assertThat(site(estates.sites(YEAR.plusYears(1), LEAD), "ITZ01")
                        .backlog()
                        .high())
                .isEqualTo(Money.ofPounds(100_000));
        assertThat(estates.sites(YEAR.minusDays(1), LEAD))
                .noneMatch(s -> s.siteCode().startsWith("ITZ"));

        PlaceEstate bexley = estates.places(YEAR, LEAD).stream()
                .filter(p -> p.place().equals("LCPZ-E09000004"))
                .findFirst()
                .orElseThrow();
        assertThat(bexley.floorAreaM2()).isGreaterThanOrEqualTo(5_900);
        assertThat(bexley.mostDeprivedShare())
                .as("the demo ICS has deprivation for its LSOAs")
                .isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from estates.change_log where actor = 'estates_lead'", Integer.class))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aHubServesRegistryPcnsAndItsReachIsMeasuredFromTheirCentres() {
        estates.importSites("eric-2031.csv", RETURN, YEAR, LEAD);
        org.openics.registry.SystemOfSystems system = registry.asAt(YEAR);
        Organisation pcn = system.organisations(OrganisationKind.PCN).stream()
                .filter(p -> system.placeOf(p.code())
                        .map(pl -> pl.code().equals(OdsCode.of("LCPZ-E09000004")))
                        .orElse(false))
                .findFirst()
                .orElseThrow();
        Hub hub = new Hub(
                "ITZ02",
                "IT hub",
                List.of(new Hub.HostedService("Phlebotomy", "", List.of())),
                List.of(new Hub.Neighbourhood(pcn.code().value(), 51.46, 0.15)));
        assertThat(estates.saveHub(hub, LEAD).done()).isTrue();
        HubCoverage coverage = estates.hubs(YEAR, LEAD).stream()
                .filter(h -> h.hub().siteCode().equals("ITZ02"))
                .findFirst()
                .orElseThrow();
        assertThat(coverage.reach()).hasSize(1);
        assertThat(coverage.reach().get(0).straightKm()).isCloseTo(1.11, org.assertj.core.data.Offset.offset(0.01));
        assertThat(coverage.meanDistanceKm()).isEqualTo(coverage.reach().get(0).travelKm());
        assertThat(estates.saveHub(
                                new Hub("ITZ02", "IT hub", List.of(), List.of(new Hub.Neighbourhood("NOTAPCN", 51, 0))),
                                LEAD)
                        .problems())
                .containsExactly("PCN NOTAPCN is not a PCN in the registry");
    }

    @Test
    void aPlanKeepsItsCapitalBidReferenceAndCanBeChanged() {
        EditOutcome added = estates.savePlan(
                new EstatePlan(
                        0,
                        PlanKind.DISPOSAL,
                        "ITZ02",
                        Optional.empty(),
                        "Dispose of the IT clinic",
                        YEAR.plusYears(1),
                        PlanStatus.PROPOSED,
                        -900,
                        Money.ofPounds(-50_000),
                        Optional.of("CAP-IT-1")),
                LEAD);
        assertThat(added.done()).isTrue();
        estates.savePlan(
                new EstatePlan(
                        added.id(),
                        PlanKind.DISPOSAL,
                        "ITZ02",
                        Optional.empty(),
                        "Dispose of the IT clinic",
                        YEAR.plusYears(1),
                        PlanStatus.APPROVED,
                        -900,
                        Money.ofPounds(-50_000),
                        Optional.of("CAP-IT-1")),
                LEAD);
        EstatePlan stored = estates.plans(LEAD).stream()
                .filter(p -> p.id() == added.id())
                .findFirst()
                .orElseThrow();
        assertThat(stored.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(stored.capitalBid()).contains("CAP-IT-1");
        assertThat(stored.runningCostChange()).isEqualTo(Money.ofPounds(-50_000));
    }

    @Test
    void onlyTheEstatesLeadMayWrite() {
        Hub hub = new Hub("ITZ01", "Refused hub", List.of(), List.of());
        EstatePlan plan = new EstatePlan(
                0,
                PlanKind.NEW_HUB,
                "ITZ99",
                Optional.empty(),
                "Refused plan",
                YEAR,
                PlanStatus.PROPOSED,
                0,
                Money.ZERO,
                Optional.empty());
        for (UserRole role : UserRole.values()) {
            Actor actor = as(role);
            assertThat(estates.sites(YEAR, actor)).as(role.name()).isNotNull();
            if (role == UserRole.ESTATES_LEAD) {
                continue;
            }
            assertThatThrownBy(() -> estates.importSites("x.csv", RETURN, YEAR, actor))
                    .as(role.name())
                    .isInstanceOf(NotAuthorised.class)
                    .hasMessageContaining("may not import estates returns (only Estates lead may)");
            assertThatThrownBy(() -> estates.saveHub(hub, actor))
                    .as(role.name())
                    .isInstanceOf(NotAuthorised.class);
            assertThatThrownBy(() -> estates.savePlan(plan, actor))
                    .as(role.name())
                    .isInstanceOf(NotAuthorised.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from estates.plan where title = 'Refused plan'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from estates.hub where name = 'Refused hub'", Integer.class))
                .isZero();
    }

    @Autowired
    org.openics.governance.Governance governance;

    @Autowired
    Finance finance;

    @Test
    void aPlansCapitalBidIsFoundInTheFinanceModulesRoundWithWhatTheRoundDecided() {
        governance.loadDemo();
        finance.loadDemo(as(UserRole.FINANCE_LEAD));
        CapitalPlan round = finance.capitalRound(LEAD, CapitalPlan.DEMO_ROUND).orElseThrow();
        Bid peckham = round.round().bids().stream()
                .filter(b -> b.id().value().equals("CAP-13"))
                .findFirst()
                .orElseThrow();
        EditOutcome linked = estates.savePlan(
                new EstatePlan(
                        0,
                        PlanKind.NEW_HUB,
                        "ITZ02",
                        Optional.empty(),
                        "IT hub with a real bid",
                        YEAR.plusYears(2),
                        PlanStatus.PROPOSED,
                        3_000,
                        Money.ZERO,
                        Optional.of("CAP-13")),
                LEAD);
        EditOutcome unknown = estates.savePlan(
                new EstatePlan(
                        0,
                        PlanKind.DISPOSAL,
                        "ITZ01",
                        Optional.empty(),
                        "IT plan with no such bid",
                        YEAR.plusYears(2),
                        PlanStatus.PROPOSED,
                        0,
                        Money.ZERO,
                        Optional.of("NO-SUCH-BID-1")),
                LEAD);
        List<CapitalBidLink> links = estates.capitalBids(YEAR, as(UserRole.ANALYST));
        CapitalBidLink link =
                links.stream().filter(l -> l.plan() == linked.id()).findFirst().orElseThrow();
        assertThat(link.round()).contains(CapitalPlan.DEMO_ROUND);
        assertThat(link.title()).isEqualTo(peckham.title());
        assertThat(link.totalCost()).isEqualTo(peckham.totalCost());
        boolean chosen = round.portfolio().orElseThrow().chosenIds().contains(peckham.id());
        assertThat(link.decision())
                .startsWith(
                        chosen
                                ? "chosen in round " + CapitalPlan.DEMO_ROUND
                                : "not chosen in round " + CapitalPlan.DEMO_ROUND);
        // the bid is for Southwark (E09000028); the IT clinic is in Bexley (E09000004)
        assertThat(link.locationMatches()).isFalse();
        assertThat(links.stream()
                        .filter(l -> l.plan() == unknown.id())
                        .findFirst()
                        .orElseThrow()
                        .decision())
                .isEqualTo("no capital round in the finance module holds a bid NO-SUCH-BID-1");
        assertThatThrownBy(() -> estates.capitalBids(YEAR, null)).isInstanceOf(NotAuthorised.class);
    }

    @Test
    void aHubTypedWithBadLinesIsRefusedNamingEachLineAndAPlanDraftNamesItsProblem() {
        EditOutcome refused =
                estates.saveHub("ITZ02", "Typed hub", "Phlebotomy | RN7\n | nobody", "NOTAPCN 51.4\nALSO, x, y", LEAD);
        assertThat(refused.problems())
                .containsExactly(
                        "service line 2: no service named",
                        "neighbourhood line 1: 'NOTAPCN 51.4' is not 'PCN, latitude, longitude'",
                        "neighbourhood line 2: 'ALSO, x, y' is not 'PCN, latitude, longitude'");
        assertThatThrownBy(() -> estates.saveHub("ITZ02", "Typed hub", "", "", as(UserRole.ANALYST)))
                .isInstanceOf(NotAuthorised.class);
        assertThat(EstatePlan.draft(0, PlanKind.RELOCATION, "ITZ01", " ", "Move", YEAR, PlanStatus.PROPOSED, 0, "0", "")
                        .problem())
                .isEqualTo("a relocation names the site the services move to");
        assertThat(EstatePlan.draft(
                                0, PlanKind.DISPOSAL, "ITZ01", "", "Sell", YEAR, PlanStatus.PROPOSED, 0, "12.345", "")
                        .problem())
                .startsWith("running cost change: ");
        EstatePlan.Draft good = EstatePlan.draft(
                0, PlanKind.DISPOSAL, "ITZ01", "", "Sell", YEAR, PlanStatus.PROPOSED, -10, "-1500.50", " CAP-X ");
        assertThat(good.plan().runningCostChange()).isEqualTo(Money.parse("-1500.50"));
        assertThat(good.plan().capitalBid()).contains("CAP-X");
    }
}
