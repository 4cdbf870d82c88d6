package org.openics.estates.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.openics.estates.EstatePlan;
import org.openics.estates.Hub;
import org.openics.estates.PlanKind;
import org.openics.estates.PlanStatus;
import org.openics.estates.Site;
import org.openics.estates.importing.EricSiteReader;
import org.openics.estates.importing.ParsedSites;
import org.openics.estates.importing.SiteDirectory;
import org.openics.kernel.CsvRows;
import org.openics.kernel.Money;
import org.openics.platform.DemoResources;

/**
 * A synthetic estate for the demo ICS, shaped like South East London's: the main hospital sites of the real trusts at
 * their approximate real positions, with floor areas and backlog of the order ERIC publishes for them (rounded,
 * invented in detail); per borough a local care hub, two GP premises and a council building with void space, at
 * invented positions near the borough's centre. Site codes carry a Z so they never clash with real ODS site codes.
 * Two yearly returns (2025/26, 2026/27) show effective dating: they are ERIC-shaped site returns under
 * {@code src/main/resources/demo/}, read by {@link EricSiteReader} as a real ICS's return is. Hubs and plans are
 * built here (hubs from the registry's PCNs, fixed seed). See docs/estates.md.
 */
public final class DemoEstate {

    public static final LocalDate FIRST_YEAR = LocalDate.of(2025, 4, 1);
    public static final LocalDate SECOND_YEAR = LocalDate.of(2026, 4, 1);

    /** A borough of the demo ICS: LAD code (the place is LCPZ-code), name, and a point near its centre. */
    record Borough(String lad, String name, double lat, double lon) {
        String place() {
            return "LCPZ-" + lad;
        }
    }

    static final List<Borough> BOROUGHS = List.of(
            new Borough("E09000004", "Bexley", 51.455, 0.140),
            new Borough("E09000006", "Bromley", 51.385, 0.040),
            new Borough("E09000011", "Greenwich", 51.475, 0.055),
            new Borough("E09000022", "Lambeth", 51.460, -0.115),
            new Borough("E09000023", "Lewisham", 51.445, -0.020),
            new Borough("E09000028", "Southwark", 51.475, -0.075));

    private DemoEstate() {}

    /** The resource holding the demo's site return for the year starting on the date (2025/26 or 2026/27). */
    static String returnOf(LocalDate year) {
        return "demo/estates-sites-" + year.getYear() + "-"
                + String.format(Locale.ROOT, "%02d", (year.getYear() + 1) % 100) + ".csv";
    }

    /** The demo's two site returns, read as an ERIC-shaped return is read, without asking a registry about the codes. */
    public static List<Site> sites() {
        return sites(EVERY_CODE);
    }

    /** The demo's two site returns, read by {@link EricSiteReader} with owners and places checked in the directory. */
    public static List<Site> sites(SiteDirectory directory) {
        List<Site> sites = new ArrayList<>();
        for (LocalDate year : List.of(FIRST_YEAR, SECOND_YEAR)) {
            ParsedSites parsed = EricSiteReader.read(
                    CsvRows.parse(returnOf(year), DemoResources.text(returnOf(year))), year, directory);
            if (!parsed.rejected().isEmpty()) {
                throw new IllegalStateException(
                        "the demo site return " + returnOf(year) + " has rejected rows: " + parsed.rejected());
            }
            sites.addAll(parsed.sites());
        }
        return sites;
    }

    /** A directory that takes every code as it is: for reading the demo without the registry. */
    private static final SiteDirectory EVERY_CODE = new SiteDirectory() {
        @Override
        public boolean isOrganisation(String code) {
            return true;
        }

        @Override
        public boolean isPlace(String code) {
            return true;
        }

        @Override
        public Optional<String> placeOfLsoa(String lsoa) {
            return Optional.empty();
        }
    };

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    /**
     * One hub per borough serving its PCNs (codes given by the registry), each PCN's population centre placed around
     * the borough's centre (invented, deterministic).
     */
    public static List<Hub> hubs(Map<String, List<String>> pcnsByPlace) {
        Random random = new Random(1819);
        List<Hub> hubs = new ArrayList<>();
        for (int i = 0; i < BOROUGHS.size(); i++) {
            Borough b = BOROUGHS.get(i);
            List<String> pcns = pcnsByPlace.getOrDefault(b.place(), List.of());
            if (pcns.isEmpty()) {
                continue;
            }
            List<Hub.Neighbourhood> neighbourhoods = new ArrayList<>();
            for (String pcn : pcns) {
                neighbourhoods.add(new Hub.Neighbourhood(
                        pcn,
                        round(b.lat() + (random.nextDouble() - 0.5) * 0.06, 4),
                        round(b.lon() + (random.nextDouble() - 0.5) * 0.09, 4)));
            }
            List<String> half = pcns.subList(0, Math.max(1, pcns.size() / 2));
            hubs.add(new Hub(
                    "QZZZH" + (i + 1),
                    b.name() + " Local Care Hub",
                    List.of(
                            new Hub.HostedService("Phlebotomy", "Community services", List.of()),
                            new Hub.HostedService(
                                    "Diabetes and long-term conditions clinic", "Primary care", List.of()),
                            new Hub.HostedService("Mental health wellbeing hub", "Mental health trust", half),
                            new Hub.HostedService("Family hub and health visiting", b.name() + " council", List.of())),
                    neighbourhoods));
        }
        return hubs;
    }

    public static List<EstatePlan> plans() {
        return List.of(
                new EstatePlan(
                        0,
                        PlanKind.DISPOSAL,
                        "QZZZC5",
                        Optional.empty(),
                        "Release the vacant floors of Lewisham Civic Offices",
                        LocalDate.of(2027, 3, 31),
                        PlanStatus.APPROVED,
                        -900,
                        Money.ofPounds(-160_000),
                        Optional.empty()),
                new EstatePlan(
                        0,
                        PlanKind.RELOCATION,
                        "QZZZG41",
                        Optional.of("QZZZH4"),
                        "Move Lambeth Old Surgery's clinics into the hub",
                        LocalDate.of(2027, 9, 30),
                        PlanStatus.PROPOSED,
                        -800,
                        Money.ofPounds(-185_000),
                        Optional.of("CAP-2026-007")),
                new EstatePlan(
                        0,
                        PlanKind.NEW_HUB,
                        "QZZZH7",
                        Optional.empty(),
                        "A second Southwark local care hub (Peckham)",
                        LocalDate.of(2028, 6, 30),
                        PlanStatus.PROPOSED,
                        3_800,
                        Money.ofPounds(950_000),
                        Optional.of("CAP-13")),
                new EstatePlan(
                        0,
                        PlanKind.REFURBISHMENT,
                        "RJZZ1",
                        Optional.empty(),
                        "King's College Hospital: backlog maintenance (roofs and drainage)",
                        LocalDate.of(2027, 12, 31),
                        PlanStatus.IN_PROGRESS,
                        0,
                        Money.ZERO,
                        Optional.of("CAP-20")));
    }
}
