package org.openics.estates.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.openics.estates.Backlog;
import org.openics.estates.Condition;
import org.openics.estates.EstatePlan;
import org.openics.estates.Hub;
import org.openics.estates.PlanKind;
import org.openics.estates.PlanStatus;
import org.openics.estates.RoomType;
import org.openics.estates.Site;
import org.openics.estates.Tenure;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;

/**
 * A synthetic estate for the demo ICS, shaped like South East London's: the main hospital sites of the real trusts at
 * their approximate real positions, with floor areas and backlog of the order ERIC publishes for them (rounded,
 * invented in detail); per borough a local care hub, two GP premises and a council building with void space, at
 * invented positions near the borough's centre. Site codes carry a Z so they never clash with real ODS site codes.
 * Two yearly returns (2025/26, 2026/27) show effective dating. Deterministic (fixed seed). See docs/estates.md.
 */
public final class DemoEstate {

    public static final LocalDate FIRST_YEAR = LocalDate.of(2025, 4, 1);
    public static final LocalDate SECOND_YEAR = LocalDate.of(2026, 4, 1);

    /** A borough of the demo ICS: LAD code (the place is LCPZ-code), name, and a point near its centre. */
    record Borough(String lad, String name, double lat, double lon) {
        String place() {
            return "LCPZ-" + lad;
        }

        String council() {
            return "LAZ-" + lad;
        }
    }

    static final List<Borough> BOROUGHS = List.of(new Borough("E09000004", "Bexley", 51.455, 0.140),
            new Borough("E09000006", "Bromley", 51.385, 0.040), new Borough("E09000011", "Greenwich", 51.475, 0.055),
            new Borough("E09000022", "Lambeth", 51.460, -0.115), new Borough("E09000023", "Lewisham", 51.445, -0.020),
            new Borough("E09000028", "Southwark", 51.475, -0.075));

    /** Hospital: site code, name, owner, borough index, lat, lon, floor area m², high+significant backlog £m, condition. */
    private record Hospital(String code, String name, String owner, int borough, double lat, double lon, double gia, double criticalMillions,
                            Condition condition) {
    }

    private static final List<Hospital> HOSPITALS = List.of(
            new Hospital("RJ1Z1", "Guy's Hospital", "RJ1", 5, 51.5033, -0.0870, 190_000, 38, Condition.B),
            new Hospital("RJ1Z2", "St Thomas' Hospital", "RJ1", 3, 51.4988, -0.1180, 210_000, 52, Condition.B),
            new Hospital("RJZZ1", "King's College Hospital", "RJZ", 5, 51.4683, -0.0940, 180_000, 95, Condition.C),
            new Hospital("RJZZ2", "Princess Royal University Hospital", "RJZ", 1, 51.3665, 0.0573, 70_000, 30, Condition.B),
            new Hospital("RJ2Z1", "University Hospital Lewisham", "RJ2", 4, 51.4527, -0.0165, 85_000, 41, Condition.C),
            new Hospital("RJ2Z2", "Queen Elizabeth Hospital", "RJ2", 2, 51.4783, 0.0567, 80_000, 25, Condition.B),
            new Hospital("RV5Z1", "Maudsley Hospital", "RV5", 3, 51.4699, -0.0917, 45_000, 22, Condition.C),
            new Hospital("RV5Z2", "Bethlem Royal Hospital", "RV5", 1, 51.3862, -0.0253, 40_000, 14, Condition.C),
            new Hospital("RPGZ1", "Queen Mary's Hospital, Sidcup", "RPG", 0, 51.4225, 0.1036, 35_000, 9, Condition.B));

    private DemoEstate() {
    }

    public static List<Site> sites() {
        Random random = new Random(1818);
        List<Site> sites = new ArrayList<>();
        for (LocalDate year : List.of(FIRST_YEAR, SECOND_YEAR)) {
            double progress = year.equals(FIRST_YEAR) ? 1.0 : 0.92; // backlog falls a little in the second year
            for (Hospital h : HOSPITALS) {
                Borough b = BOROUGHS.get(h.borough());
                double critical = h.criticalMillions() * 1_000_000 * progress;
                sites.add(site(h.code(), h.name(), h.owner(), b.place(), h.name() + ", London", "", h.lat(), h.lon(), Tenure.FREEHOLD, h.gia(),
                        h.condition(), critical * 0.3, critical * 0.7, critical * 0.5, critical * 0.3, h.gia() * 310,
                        utilisation(random, 78, 70, 80), h.gia() * 0.03, h.gia() * 0.11, year));
            }
            for (int i = 0; i < BOROUGHS.size(); i++) {
                Borough b = BOROUGHS.get(i);
                sites.add(site("QZZZH" + (i + 1), b.name() + " Local Care Hub", "QZZ", b.place(), b.name() + " High Street", "", b.lat() + 0.004,
                        b.lon() - 0.006, Tenure.NHS_PROPERTY_SERVICES, 4_200, Condition.A, 0, 20_000, 40_000, 25_000, 4_200 * 260,
                        utilisation(random, 64, 58, 70), 4_200 * 0.06, 4_200 * 0.07, year));
                for (int g = 0; g < 2; g++) {
                    double lat = b.lat() + (random.nextDouble() - 0.5) * 0.05;
                    double lon = b.lon() + (random.nextDouble() - 0.5) * 0.07;
                    Condition condition = g == 0 ? Condition.B : Condition.D;
                    double area = 600 + random.nextInt(900);
                    sites.add(site("QZZZG" + (i + 1) + g, b.name() + (g == 0 ? " Health Centre" : " Old Surgery"), "QZZ", b.place(), "", "", lat, lon,
                            g == 0 ? Tenure.LIFT : Tenure.LEASEHOLD, area, condition, g == 0 ? 0 : 90_000, g == 0 ? 15_000 : 160_000, 30_000, 10_000,
                            area * 230, utilisation(random, g == 0 ? 72 : 48, g == 0 ? 75 : 52, 60), area * (g == 0 ? 0.02 : 0.18), area * 0.09, year));
                }
                double councilArea = 2_500 + random.nextInt(1_500);
                sites.add(site("QZZZC" + (i + 1), b.name() + " Civic Offices (shared)", b.council(), b.place(), "", "",
                        b.lat() - 0.006 + (random.nextDouble() - 0.5) * 0.02, b.lon() + 0.008, Tenure.FREEHOLD, councilArea, Condition.C,
                        25_000, 60_000, 80_000, 40_000, councilArea * 180, utilisation(random, 0, 0, 55), councilArea * 0.25, councilArea * 0.06, year));
            }
        }
        return sites;
    }

    private static Map<RoomType, Double> utilisation(Random random, double clinical, double consulting, double office) {
        Map<RoomType, Double> u = new EnumMap<>(RoomType.class);
        if (clinical > 0) {
            u.put(RoomType.CLINICAL, Math.round((clinical + random.nextInt(9) - 4) * 10) / 10.0);
        }
        if (consulting > 0) {
            u.put(RoomType.CONSULTING, Math.round((consulting + random.nextInt(9) - 4) * 10) / 10.0);
        }
        u.put(RoomType.OFFICE, Math.round((office + random.nextInt(9) - 4) * 10) / 10.0);
        return u;
    }

    private static Site site(String code, String name, String owner, String place, String address, String postcode, double lat, double lon,
                             Tenure tenure, double gia, Condition condition, double high, double significant, double moderate, double low,
                             double running, Map<RoomType, Double> utilisation, double voidM2, double carbon, LocalDate period) {
        return new Site(code, name, OdsCode.of(owner), place, address, postcode, Optional.of(round(lat, 4)), Optional.of(round(lon, 4)), Optional.of(tenure),
                round(gia, 1), Optional.of(condition), new Backlog(pounds(high), pounds(significant), pounds(moderate), pounds(low)),
                Optional.of(pounds(running)), utilisation, Optional.of(round(voidM2, 1)), Optional.of(round(carbon, 1)), period);
    }

    private static Money pounds(double value) {
        return Money.ofPounds(Math.round(value));
    }

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
                neighbourhoods.add(new Hub.Neighbourhood(pcn, round(b.lat() + (random.nextDouble() - 0.5) * 0.06, 4),
                        round(b.lon() + (random.nextDouble() - 0.5) * 0.09, 4)));
            }
            List<String> half = pcns.subList(0, Math.max(1, pcns.size() / 2));
            hubs.add(new Hub("QZZZH" + (i + 1), b.name() + " Local Care Hub", List.of(
                    new Hub.HostedService("Phlebotomy", "Community services", List.of()),
                    new Hub.HostedService("Diabetes and long-term conditions clinic", "Primary care", List.of()),
                    new Hub.HostedService("Mental health wellbeing hub", "Mental health trust", half),
                    new Hub.HostedService("Family hub and health visiting", b.name() + " council", List.of())), neighbourhoods));
        }
        return hubs;
    }

    public static List<EstatePlan> plans() {
        return List.of(
                new EstatePlan(0, PlanKind.DISPOSAL, "QZZZC5", Optional.empty(), "Release the vacant floors of Lewisham Civic Offices",
                        LocalDate.of(2027, 3, 31), PlanStatus.APPROVED, -900, Money.ofPounds(-160_000), Optional.empty()),
                new EstatePlan(0, PlanKind.RELOCATION, "QZZZG41", Optional.of("QZZZH4"), "Move Lambeth Old Surgery's clinics into the hub",
                        LocalDate.of(2027, 9, 30), PlanStatus.PROPOSED, -800, Money.ofPounds(-185_000), Optional.of("CAP-2026-007")),
                new EstatePlan(0, PlanKind.NEW_HUB, "QZZZH7", Optional.empty(), "A second Southwark local care hub (Peckham)",
                        LocalDate.of(2028, 6, 30), PlanStatus.PROPOSED, 3_800, Money.ofPounds(950_000), Optional.of("CAP-13")),
                new EstatePlan(0, PlanKind.REFURBISHMENT, "RJZZ1", Optional.empty(), "King's College Hospital: backlog maintenance (roofs and drainage)",
                        LocalDate.of(2027, 12, 31), PlanStatus.IN_PROGRESS, 0, Money.ZERO, Optional.of("CAP-20")));
    }
}
