package org.openics.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.openics.kernel.OdsCode;
import org.openics.registry.Coverage;
import org.openics.registry.Deprivation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.domain.Keys.LinkKey;
import org.openics.registry.domain.Keys.LinkValue;
import org.openics.registry.domain.RegistryState;

/**
 * A synthetic ICS modelled on South East London's published shape: the six boroughs as places with
 * their real registered totals, practice and PCN counts, resident populations and spread of
 * national deprivation deciles (see docs/demo-ics.md for the sources); invented practices, PCNs and
 * LSOAs; the real NHS trusts and partnerships of the area. Deterministic: the same every time.
 *
 * <p>It carries a little history so that "as at" queries have something to show: on 1 April 2026
 * one practice moves PCN, one closes (merging into a neighbour, which gains its patients) and list
 * sizes are refreshed.
 */
public final class DemoIcs {

    public static final OdsCode ICB = OdsCode.of("QZZ");
    public static final LocalDate START = LocalDate.of(2026, 1, 1);
    public static final LocalDate CHANGE = LocalDate.of(2026, 4, 1);
    static final OdsCode ENGLAND = OdsCode.of("E92000001");
    static final OdsCode LONDON = OdsCode.of("Y56");
    static final OdsCode SUB_ICB = OdsCode.of("99Z");
    private static final String SOURCE = "DEMO:synthetic South East London";

    /**
     * One borough: ONS code, name, registered patients 1 June 2026, practices, PCNs, mid-2022
     * residents, and LSOAs per national IMD 2025 decile (1 = most deprived).
     */
    public record Borough(
            String lad,
            String name,
            String council,
            int registered,
            int practices,
            int pcns,
            int residents,
            int[] lsoasByDecile) {
        /** Not the LCP- code of a real import: the demo's places must never merge with real ones. */
        public OdsCode place() {
            return OdsCode.of("LCPZ-" + lad);
        }

        /** The demo's councils are kept apart from real ones too, so synthetic LSOAs never join a real area. */
        public OdsCode localAuthority() {
            return OdsCode.of("LAZ-" + lad);
        }
    }

    public static final List<Borough> BOROUGHS = List.of(
            new Borough("E09000004", "Bexley", "London Borough of Bexley", 262_140, 20, 4, 247_754, new int[] {
                0, 10, 16, 13, 9, 15, 16, 15, 24, 30
            }),
            new Borough("E09000006", "Bromley", "London Borough of Bromley", 357_044, 43, 8, 329_689, new int[] {
                1, 11, 11, 10, 15, 14, 24, 25, 34, 54
            }),
            new Borough("E09000011", "Greenwich", "Royal Borough of Greenwich", 328_672, 29, 7, 291_879, new int[] {
                0, 28, 36, 25, 23, 20, 15, 11, 2, 4
            }),
            new Borough("E09000022", "Lambeth", "London Borough of Lambeth", 440_850, 41, 9, 316_700, new int[] {
                1, 14, 45, 46, 29, 16, 21, 6, 3, 0
            }),
            new Borough("E09000023", "Lewisham", "London Borough of Lewisham", 351_858, 27, 6, 299_023, new int[] {
                3, 32, 39, 41, 19, 23, 10, 7, 1, 0
            }),
            new Borough("E09000028", "Southwark", "London Borough of Southwark", 354_238, 32, 4, 311_492, new int[] {
                0, 15, 51, 36, 22, 18, 13, 9, 6, 3
            }));

    private static final String[] PRACTICE_WORDS = {
        "Riverside",
        "Parkview",
        "Hillcrest",
        "Elmwood",
        "Oakfield",
        "Cedar",
        "Willow",
        "Beacon",
        "Meadow",
        "Linden",
        "Ashgrove",
        "Maple",
        "Station Road",
        "High Street",
        "Church Lane",
        "Kingsway",
        "Queensway",
        "Victoria",
        "Albion",
        "Heathside",
        "Brookside",
        "Fairfield",
        "Greenway",
        "Holly Tree",
        "Ivy Lane",
        "Juniper",
        "Larchwood",
        "Millbrook",
        "Northgate",
        "Orchard",
        "Poplar Grove",
        "Rosewood",
        "Southgate",
        "Thornbury",
        "Upland",
        "Vale",
        "Westfield",
        "Yew Tree",
        "Birchwood",
        "Chestnut",
        "Dover Road",
        "Eastgate",
        "Foxglove",
        "Granary",
        "Harbour",
        "Lime Tree",
        "Mulberry",
        "Nightingale",
        "Observatory",
        "Pilgrims Way"
    };
    private static final String[] PRACTICE_SUFFIXES = {
        "Medical Centre", "Surgery", "Group Practice", "Health Centre", "Practice"
    };
    private static final String[] PCN_WORDS = {
        "North", "South", "East", "West", "Central", "Riverside", "Hills", "Valley", "Heath", "Park"
    };
    /** Upper IMD 2025 score of each national decile, approximately (decile 1 is open above). */
    private static final double[] DECILE_SCORE_FLOOR = {45.0, 34.0, 27.0, 21.5, 17.0, 13.5, 10.5, 8.0, 5.5, 0.5};

    private static final int LSOAS_IN_ENGLAND = 33_755;

    private final Random random = new Random(2026);
    private final RegistryState state;
    private final Set<String> practiceNames = new HashSet<>();
    private int practiceSeq;
    private int pcnSeq;

    private DemoIcs(RegistryState state) {
        this.state = state;
    }

    /** Asserts the whole demo ICS into the state. */
    public static void loadInto(RegistryState state) {
        new DemoIcs(state).build();
    }

    private void build() {
        org(ENGLAND, "England", OrganisationKind.NATION, null);
        org(LONDON, "London", OrganisationKind.REGION, null);
        partOf(LONDON, ENGLAND, OrganisationKind.NATION);
        org(ICB, "NHS South East London (synthetic) Integrated Care Board", OrganisationKind.ICB, null);
        partOf(ICB, LONDON, OrganisationKind.REGION);
        org(SUB_ICB, "NHS South East London (synthetic) ICB - 99Z", OrganisationKind.SUB_ICB_LOCATION, null);
        partOf(SUB_ICB, ICB, OrganisationKind.ICB);

        OdsCode icp = OdsCode.of("ICP-QZZ");
        org(
                icp,
                "South East London (synthetic) Integrated Care Partnership",
                OrganisationKind.INTEGRATED_CARE_PARTNERSHIP,
                null);
        member(ICB, icp, "core member (ICB)");

        List<OdsCode> movable = new ArrayList<>();
        for (int b = 0; b < BOROUGHS.size(); b++) {
            Borough borough = BOROUGHS.get(b);
            buildBorough(b, borough, icp, movable);
        }
        providers();
        history(movable);
    }

    private void buildBorough(int index, Borough borough, OdsCode icp, List<OdsCode> movable) {
        OdsCode la = borough.localAuthority();
        OdsCode place = borough.place();
        org(la, borough.council(), OrganisationKind.LOCAL_AUTHORITY, "LONDON_BOROUGH");
        member(la, icp, "core member (local authority)");
        org(place, borough.name() + " Local Care Partnership", OrganisationKind.PLACE, null);
        partOf(place, ICB, OrganisationKind.ICB);
        inArea(place, la);
        member(la, place, "council partner");
        member(ICB, place, "ICB place executive");

        OdsCode healthwatch = OdsCode.of("HW-" + borough.lad());
        org(healthwatch, "Healthwatch " + borough.name(), OrganisationKind.HEALTHWATCH, null);
        inArea(healthwatch, la);
        member(healthwatch, place, "resident voice");
        OdsCode voluntary = OdsCode.of("VCS-" + borough.lad());
        org(
                voluntary,
                borough.name() + " Community Voluntary Action (synthetic)",
                OrganisationKind.VOLUNTARY_ORGANISATION,
                null);
        inArea(voluntary, la);
        member(voluntary, place, "voluntary sector partner");
        OdsCode hwb = OdsCode.of("HWB-" + borough.lad());
        org(hwb, borough.name() + " Health and Wellbeing Board", OrganisationKind.HEALTH_AND_WELLBEING_BOARD, null);
        inArea(hwb, la);

        List<OdsCode> pcns = new ArrayList<>();
        for (int p = 0; p < borough.pcns(); p++) {
            // "UZ" never clashes with a real PCN (U and five digits)
            OdsCode pcn = OdsCode.of(String.format(Locale.ROOT, "UZ%04d", ++pcnSeq));
            org(pcn, borough.name() + " " + PCN_WORDS[p % PCN_WORDS.length] + " PCN", OrganisationKind.PCN, null);
            partOf(pcn, SUB_ICB, OrganisationKind.SUB_ICB_LOCATION);
            member(pcn, place, "neighbourhood (PCN)");
            pcns.add(pcn);
        }
        double[] sizes = listSizes(borough.practices(), borough.registered());
        for (int i = 0; i < borough.practices(); i++) {
            OdsCode practice = OdsCode.of(String.format(Locale.ROOT, "Z%05d", ++practiceSeq));
            org(practice, practiceName(), OrganisationKind.GP_PRACTICE, null);
            partOf(practice, pcns.get(i % pcns.size()), OrganisationKind.PCN);
            partOf(practice, SUB_ICB, OrganisationKind.SUB_ICB_LOCATION);
            partOf(practice, place, OrganisationKind.PLACE);
            inArea(practice, la);
            state.population(practice, PopulationMeasure.REGISTERED, sizes[i], START, SOURCE);
            if (i == 0) {
                movable.add(practice);
            }
        }
        lsoas(index, borough);
    }

    /** Practice list sizes: log-normal spread (as published lists are) scaled to the borough total. */
    private double[] listSizes(int practices, int total) {
        double[] raw = new double[practices];
        double sum = 0;
        for (int i = 0; i < practices; i++) {
            raw[i] = Math.exp(random.nextGaussian() * 0.45);
            sum += raw[i];
        }
        double[] sizes = new double[practices];
        long assigned = 0;
        for (int i = 0; i < practices; i++) {
            sizes[i] = i == practices - 1 ? total - assigned : Math.round(raw[i] / sum * total);
            assigned += (long) sizes[i];
        }
        return sizes;
    }

    private String practiceName() {
        String name;
        do {
            name = PRACTICE_WORDS[random.nextInt(PRACTICE_WORDS.length)] + " "
                    + PRACTICE_SUFFIXES[random.nextInt(PRACTICE_SUFFIXES.length)];
        } while (!practiceNames.add(name));
        return name;
    }

    /** Synthetic LSOAs with the borough's published spread of national deprivation deciles. */
    private void lsoas(int boroughIndex, Borough borough) {
        int count = 0;
        for (int decile = 1; decile <= 10; decile++) {
            count += borough.lsoasByDecile()[decile - 1];
        }
        double perLsoa = (double) borough.residents() / count;
        int seq = 0;
        long assigned = 0;
        for (int decile = 1; decile <= 10; decile++) {
            for (int k = 0; k < borough.lsoasByDecile()[decile - 1]; k++) {
                seq++;
                OdsCode lsoa = OdsCode.of(String.format(Locale.ROOT, "E01Z%d%04d", boroughIndex + 1, seq));
                org(
                        lsoa,
                        String.format(
                                Locale.ROOT,
                                "%s %03d%s (synthetic)",
                                borough.name(),
                                (seq + 1) / 2,
                                seq % 2 == 1 ? "A" : "B"),
                        OrganisationKind.LSOA,
                        null);
                inArea(lsoa, borough.localAuthority());
                double floor = DECILE_SCORE_FLOOR[decile - 1];
                double ceiling = decile == 1 ? 70.0 : DECILE_SCORE_FLOOR[decile - 2];
                double score = Math.round((floor + random.nextDouble() * (ceiling - floor)) * 1000) / 1000.0;
                int rankLow = (decile - 1) * LSOAS_IN_ENGLAND / 10 + 1;
                int rankHigh = decile * LSOAS_IN_ENGLAND / 10;
                int rank = rankLow + (int) ((ceiling - score) / (ceiling - floor) * (rankHigh - rankLow));
                state.deprivation()
                        .assertFrom(
                                lsoa,
                                new Deprivation(score, Math.max(rankLow, Math.min(rankHigh, rank)), decile),
                                START,
                                SOURCE);
                long residents = seq == count
                        ? borough.residents() - assigned
                        : Math.round(perLsoa * (0.8 + 0.4 * random.nextDouble()));
                assigned += residents;
                state.population(lsoa, PopulationMeasure.RESIDENT, (double) residents, START, SOURCE);
            }
        }
    }

    private void providers() {
        OdsCode gstt = trust("RJ1", "Guy's and St Thomas' NHS Foundation Trust", "ACUTE_FT");
        OdsCode kings = trust("RJZ", "King's College Hospital NHS Foundation Trust", "ACUTE_FT");
        OdsCode lgt = trust("RJ2", "Lewisham and Greenwich NHS Trust", "ACUTE");
        OdsCode slam = trust("RV5", "South London and Maudsley NHS Foundation Trust", "MENTAL_HEALTH_FT");
        OdsCode oxleas = trust("RPG", "Oxleas NHS Foundation Trust", "MENTAL_HEALTH_FT");
        OdsCode bromleyHealthcare = OdsCode.of("ZBHC1");
        org(
                bromleyHealthcare,
                "Bromley Healthcare (community interest company)",
                OrganisationKind.COMMUNITY_INTEREST_COMPANY,
                "COMMUNITY");
        partOf(bromleyHealthcare, ICB, OrganisationKind.ICB);

        // Dartford and Gravesham sits in Kent and Medway ICS and serves part of Bexley.
        OdsCode southEast = OdsCode.of("Y59");
        org(southEast, "South East", OrganisationKind.REGION, null);
        partOf(southEast, ENGLAND, OrganisationKind.NATION);
        OdsCode kent = OdsCode.of("QKS");
        org(kent, "NHS Kent and Medway Integrated Care Board", OrganisationKind.ICB, null);
        partOf(kent, southEast, OrganisationKind.REGION);
        OdsCode dartford = OdsCode.of("RN7");
        org(dartford, "Dartford and Gravesham NHS Trust", OrganisationKind.NHS_TRUST, "ACUTE");
        partOf(dartford, kent, OrganisationKind.ICB);

        covers(gstt, "Lambeth", Coverage.FULL, null);
        covers(gstt, "Southwark", Coverage.FULL, null);
        covers(gstt, "Lewisham", Coverage.PARTIAL, 0.15);
        covers(kings, "Lambeth", Coverage.FULL, null);
        covers(kings, "Southwark", Coverage.FULL, null);
        covers(kings, "Bromley", Coverage.FULL, null);
        covers(kings, "Lewisham", Coverage.PARTIAL, 0.10);
        covers(lgt, "Lewisham", Coverage.FULL, null);
        covers(lgt, "Greenwich", Coverage.FULL, null);
        covers(lgt, "Bexley", Coverage.PARTIAL, 0.35);
        covers(slam, "Lambeth", Coverage.FULL, null);
        covers(slam, "Southwark", Coverage.FULL, null);
        covers(slam, "Lewisham", Coverage.FULL, null);
        covers(oxleas, "Bexley", Coverage.FULL, null);
        covers(oxleas, "Bromley", Coverage.FULL, null);
        covers(oxleas, "Greenwich", Coverage.FULL, null);
        covers(bromleyHealthcare, "Bromley", Coverage.FULL, null);
        covers(dartford, "Bexley", Coverage.PARTIAL, 0.30);

        OdsCode acute = OdsCode.of("PC-QZZ-ACUTE");
        org(acute, "South East London Acute Provider Collaborative", OrganisationKind.PROVIDER_COLLABORATIVE, "ACUTE");
        partOf(acute, ICB, OrganisationKind.ICB);
        member(gstt, acute, "member (host)");
        member(kings, acute, "member");
        member(lgt, acute, "member");
        OdsCode mental = OdsCode.of("PC-QZZ-MH");
        org(
                mental,
                "South London Mental Health and Community Partnership",
                OrganisationKind.PROVIDER_COLLABORATIVE,
                "MENTAL_HEALTH");
        partOf(mental, ICB, OrganisationKind.ICB);
        member(slam, mental, "lead provider");
        member(oxleas, mental, "member");

        OdsCode khp = OdsCode.of("KHP");
        org(khp, "King's Health Partners", OrganisationKind.ACADEMIC_PARTNER, "ACADEMIC_HEALTH_SCIENCE_CENTRE");
        OdsCode kcl = OdsCode.of("KCL");
        org(kcl, "King's College London", OrganisationKind.ACADEMIC_PARTNER, "UNIVERSITY");
        member(kcl, khp, "university partner");
        member(gstt, khp, "NHS partner");
        member(kings, khp, "NHS partner");
        member(slam, khp, "NHS partner");
        member(khp, OdsCode.of("ICP-QZZ"), "academic partner");

        OdsCode cancer = OdsCode.of("CN-QZZ-CANCER");
        org(cancer, "South East London Cancer Alliance", OrganisationKind.CLINICAL_NETWORK, "CANCER_ALLIANCE");
        member(gstt, cancer, "member");
        member(kings, cancer, "member");
        member(lgt, cancer, "member");
    }

    /** 1 April 2026: a practice moves PCN, another merges into its neighbour, lists are refreshed. */
    private void history(List<OdsCode> firstPracticeOfEachBorough) {
        OdsCode mover = firstPracticeOfEachBorough.get(3);
        OdsCode newPcn = OdsCode.of("UZ0022");
        state.links().assertFrom(LinkKey.partOf(mover, OrganisationKind.PCN), LinkValue.to(newPcn), CHANGE, SOURCE);

        OdsCode closing = OdsCode.of("Z00002");
        OdsCode absorbing = OdsCode.of("Z00003");
        double moved = state.populations()
                .valueAt(
                        new org.openics.registry.domain.Keys.PopulationKey(closing, PopulationMeasure.REGISTERED),
                        START)
                .orElseThrow();
        double kept = state.populations()
                .valueAt(
                        new org.openics.registry.domain.Keys.PopulationKey(absorbing, PopulationMeasure.REGISTERED),
                        START)
                .orElseThrow();
        state.organisations().assertFrom(closing, null, CHANGE, SOURCE);
        for (OrganisationKind kind :
                List.of(OrganisationKind.PCN, OrganisationKind.SUB_ICB_LOCATION, OrganisationKind.PLACE)) {
            state.partOf(closing, null, kind, CHANGE, SOURCE);
        }
        state.population(closing, PopulationMeasure.REGISTERED, null, CHANGE, SOURCE);
        state.population(absorbing, PopulationMeasure.REGISTERED, kept + moved, CHANGE, SOURCE);
    }

    private OdsCode trust(String code, String name, String subtype) {
        OdsCode trust = OdsCode.of(code);
        org(trust, name, OrganisationKind.NHS_TRUST, subtype);
        partOf(trust, ICB, OrganisationKind.ICB);
        return trust;
    }

    private void covers(OdsCode provider, String boroughName, Coverage coverage, Double share) {
        Borough borough = BOROUGHS.stream()
                .filter(b -> b.name().equals(boroughName))
                .findFirst()
                .orElseThrow();
        state.links()
                .assertFrom(
                        LinkKey.covers(provider, borough.place()),
                        new LinkValue(borough.place(), null, coverage, share),
                        START,
                        SOURCE);
    }

    private void org(OdsCode code, String name, OrganisationKind kind, String subtype) {
        state.organisation(code, name, kind, subtype, START, SOURCE);
    }

    private void partOf(OdsCode child, OdsCode parent, OrganisationKind parentKind) {
        state.partOf(child, parent, parentKind, START, SOURCE);
    }

    private void inArea(OdsCode child, OdsCode area) {
        state.inArea(child, area, OrganisationKind.LOCAL_AUTHORITY, START, SOURCE);
    }

    private void member(OdsCode member, OdsCode partnership, String role) {
        state.links()
                .assertFrom(
                        LinkKey.memberOf(member, partnership),
                        new LinkValue(partnership, role, null, null),
                        START,
                        SOURCE);
    }
}
