package org.openics.mutualaid.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.openics.mutualaid.Capacity;
import org.openics.mutualaid.DiagnosticCapacity;
import org.openics.mutualaid.DiagnosticWaiting;
import org.openics.mutualaid.Location;
import org.openics.mutualaid.Modality;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.SiteKind;

/**
 * The acute sites of the demo ICS's trusts at their real locations (the hospitals' published addresses, coordinates
 * rounded to four decimals from OpenStreetMap), one independent-sector provider nearby (synthetic: code ZIS01, placed
 * at Sevenoaks), three community diagnostic centres at approximate locations of south-east London's (synthetic operator
 * ZCD), synthetic capacity offers and diagnostic capacity, a synthetic diagnostics waiting-list return, and approximate
 * borough centres standing in for home locations when a waiter's LSOA has no outline.
 */
public final class DemoSites {

    public static final List<Site> SITES = List.of(
            new Site(
                    "RJ121",
                    "St Thomas' Hospital",
                    "RJ1",
                    "Guy's and St Thomas' NHS Foundation Trust",
                    false,
                    new Location(51.4987, -0.1180)),
            new Site(
                    "RJ122",
                    "Guy's Hospital",
                    "RJ1",
                    "Guy's and St Thomas' NHS Foundation Trust",
                    false,
                    new Location(51.5033, -0.0870)),
            new Site(
                    "RJZ01",
                    "King's College Hospital",
                    "RJZ",
                    "King's College Hospital NHS Foundation Trust",
                    false,
                    new Location(51.4682, -0.0937)),
            new Site(
                    "RJZ30",
                    "Princess Royal University Hospital",
                    "RJZ",
                    "King's College Hospital NHS Foundation Trust",
                    false,
                    new Location(51.3796, 0.0570)),
            new Site(
                    "RJ224",
                    "University Hospital Lewisham",
                    "RJ2",
                    "Lewisham and Greenwich NHS Trust",
                    false,
                    new Location(51.4526, -0.0139)),
            new Site(
                    "RJ231",
                    "Queen Elizabeth Hospital, Woolwich",
                    "RJ2",
                    "Lewisham and Greenwich NHS Trust",
                    false,
                    new Location(51.4787, 0.0569)),
            new Site(
                    "RN707",
                    "Darent Valley Hospital",
                    "RN7",
                    "Dartford and Gravesham NHS Trust",
                    false,
                    new Location(51.4348, 0.2575)),
            new Site(
                    "ZIS01",
                    "Sevenoaks Treatment Centre (synthetic)",
                    "ZIS",
                    "Independent sector provider (synthetic)",
                    true,
                    new Location(51.2720, 0.1900)));

    /** Synthetic slots a week offered to other providers' waiters: site, treatment function, slots. */
    public static final List<Capacity> CAPACITY = List.of(
            new Capacity("ZIS01", "110", 40),
            new Capacity("ZIS01", "130", 35),
            new Capacity("ZIS01", "120", 15),
            new Capacity("ZIS01", "100", 20),
            new Capacity("RN707", "130", 10),
            new Capacity("RN707", "101", 8),
            new Capacity("RJZ30", "110", 12),
            new Capacity("RJ231", "502", 10),
            new Capacity("RJ224", "330", 6),
            new Capacity("RJ122", "301", 8));

    /** Community diagnostic centres (synthetic operator ZCD; locations approximate). */
    public static final List<Site> DIAGNOSTIC_CENTRES = List.of(
            new Site(
                    "ZCD01",
                    "Queen Mary's Sidcup community diagnostic centre (synthetic)",
                    "ZCD",
                    "Community diagnostic centres (synthetic)",
                    false,
                    new Location(51.4194, 0.1024),
                    SiteKind.CDC),
            new Site(
                    "ZCD02",
                    "Beckenham Beacon community diagnostic centre (synthetic)",
                    "ZCD",
                    "Community diagnostic centres (synthetic)",
                    false,
                    new Location(51.4096, -0.0263),
                    SiteKind.CDC),
            new Site(
                    "ZCD03",
                    "Eltham community diagnostic centre (synthetic)",
                    "ZCD",
                    "Community diagnostic centres (synthetic)",
                    false,
                    new Location(51.4495, 0.0540),
                    SiteKind.CDC));

    /** The modalities the demo's return and capacity cover. */
    public static final List<Modality> DEMO_MODALITIES = List.of(
            Modality.MRI, Modality.CT, Modality.NOUS, Modality.ECHO, Modality.COLON, Modality.GASTRO, Modality.DEXA);

    private static final Map<String, Location> PLACES = Map.of(
            "lambeth",
            new Location(51.4607, -0.1163),
            "southwark",
            new Location(51.4734, -0.0755),
            "lewisham",
            new Location(51.4452, -0.0209),
            "greenwich",
            new Location(51.4892, 0.0648),
            "bexley",
            new Location(51.4549, 0.1505),
            "bromley",
            new Location(51.4039, 0.0198));

    private DemoSites() {}

    /** An approximate home for a resident of a place (by its name), when the record has nothing closer. */
    public static Optional<Location> placeCentre(String place) {
        if (place == null) {
            return Optional.empty();
        }
        String name = place.toLowerCase(Locale.ROOT);
        return PLACES.entrySet().stream()
                .filter(e -> name.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    public static Optional<Site> site(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** Every demo site: the acute and independent sites, then the community diagnostic centres. */
    public static List<Site> all() {
        return Stream.concat(SITES.stream(), DIAGNOSTIC_CENTRES.stream()).toList();
    }

    /**
     * Synthetic tests a week: the hospitals run every demo modality and offer a little of it; the CDCs run imaging,
     * echocardiography and endoscopy and offer most of theirs (they exist to add capacity). Deterministic.
     */
    public static List<DiagnosticCapacity> diagnosticCapacity() {
        List<DiagnosticCapacity> out = new ArrayList<>();
        Random r = new Random(15);
        for (Site s : all()) {
            for (Modality m : DEMO_MODALITIES) {
                int base = switch (m) {
                    case NOUS -> 260;
                    case CT -> 180;
                    case MRI -> 120;
                    case ECHO -> 90;
                    case DEXA -> 40;
                    default -> 45;
                };
                if (s.kind() == SiteKind.CDC) {
                    int tests = base / 2 + r.nextInt(20);
                    out.add(new DiagnosticCapacity(s.code(), m, tests, tests * 3 / 4));
                } else if (s.kind() == SiteKind.INDEPENDENT) {
                    if (m == Modality.MRI || m == Modality.CT || m == Modality.COLON) {
                        out.add(new DiagnosticCapacity(s.code(), m, 30, 25));
                    }
                } else {
                    int tests = base + r.nextInt(base / 2);
                    out.add(new DiagnosticCapacity(s.code(), m, tests, r.nextInt(4) == 0 ? tests / 20 : 0));
                }
            }
        }
        return out;
    }

    /**
     * A synthetic diagnostics return of the demo trusts: lists about three weeks of each trust's tests, one trust and
     * modality in four with a longer tail past six weeks (so the standard is missed and balancing has work). Deterministic.
     */
    public static List<DiagnosticWaiting> diagnosticWaits() {
        List<DiagnosticWaiting> out = new ArrayList<>();
        Random r = new Random(1506);
        Map<String, Integer> tests = new java.util.TreeMap<>();
        for (DiagnosticCapacity c : diagnosticCapacity()) {
            site(c.site())
                    .filter(s -> s.kind() == SiteKind.HOSPITAL)
                    .ifPresent(s -> tests.merge(s.provider() + "|" + c.modality(), c.testsPerWeek(), Integer::sum));
        }
        tests.forEach((key, perWeek) -> {
            String provider = key.substring(0, key.indexOf('|'));
            Modality modality = Modality.valueOf(key.substring(key.indexOf('|') + 1));
            boolean behind = r.nextInt(4) == 0;
            for (int week = 0; week <= (behind ? 18 : 8); week++) {
                double share = week < 6 ? 0.5 : behind ? 0.25 * Math.exp(-(week - 6) / 5.0) : 0.004;
                int n = (int) Math.round(perWeek * share * (0.8 + 0.4 * r.nextDouble()));
                if (n > 0) {
                    out.add(new DiagnosticWaiting(provider, modality, week, n));
                }
            }
        });
        return out;
    }
}
