package org.openics.finance.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openics.finance.capital.Bid;
import org.openics.finance.capital.BidId;
import org.openics.finance.capital.CapitalRound;
import org.openics.finance.capital.Criterion;
import org.openics.finance.capital.EnvelopeYear;
import org.openics.finance.capital.Objective;
import org.openics.finance.capital.OptionGroup;
import org.openics.kernel.Money;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;

/**
 * The demo capital round of the synthetic ICS (synthetic, fixed, not published): thirty bids from the demo registry's
 * trusts, councils and places over five years 2026/27–2030/31, four mandatory, six needing another bid, two option
 * groups; the board's five criteria weighted 0.30/0.25/0.20/0.15/0.10. Need and inequality scores of a place's bids come
 * from the finance need index of that place ({@code Final WP} and {@code Health Ineq WP}): score = 2.5 + 10 × (index − 1),
 * within 0–5, to one decimal place; system-wide bids and places without an index score 2.5 (the ICB's average).
 */
public final class DemoCapital {

    public static final String ROUND = org.openics.finance.CapitalPlan.DEMO_ROUND;
    public static final String NAME = "Capital programme 2026/27 to 2030/31 (demo)";
    public static final List<String> YEARS = List.of("2026/27", "2027/28", "2028/29", "2029/30", "2030/31");

    /** Criterion ids; need and inequalities are derived, the rest are the bid's own scores. */
    public static final String NEED = "need";

    public static final String INEQUALITIES = "inequalities";

    private DemoCapital() {}

    /** Who bids: T = a trust (n-th in code order), C = the place's council, P = the place itself (its committee). */
    private record Spec(
            String id,
            String title,
            char who,
            int trust,
            String lad,
            long[] costThousands,
            boolean mandatory,
            List<String> needs,
            double safety,
            double netZero,
            double deliverability) {}

    private static Spec s(
            String id,
            String title,
            char who,
            int trust,
            String lad,
            long[] k,
            boolean mandatory,
            List<String> needs,
            double safety,
            double netZero,
            double deliverability) {
        return new Spec(id, title, who, trust, lad, k, mandatory, needs, safety, netZero, deliverability);
    }

    private static long[] k(long... thousands) {
        return thousands;
    }

    private static final List<Spec> SPECS = List.of(
            s(
                    "CAP-01",
                    "Fire safety: compartmentation of the main ward block",
                    'T',
                    0,
                    null,
                    k(4_200, 3_800, 0, 0, 0),
                    true,
                    List.of(),
                    5,
                    0,
                    4),
            s(
                    "CAP-02",
                    "Replace the failing chiller plant",
                    'T',
                    1,
                    null,
                    k(2_500, 0, 0, 0, 0),
                    true,
                    List.of(),
                    4.5,
                    2,
                    5),
            s(
                    "CAP-03",
                    "Electronic patient record: system-wide convergence",
                    'T',
                    0,
                    null,
                    k(6_000, 9_000, 7_500, 0, 0),
                    true,
                    List.of(),
                    3,
                    1,
                    3),
            s(
                    "CAP-04",
                    "EPR: clinical decision support module",
                    'T',
                    0,
                    null,
                    k(0, 1_500, 2_000, 0, 0),
                    false,
                    List.of("CAP-03"),
                    2,
                    0,
                    3.5),
            s(
                    "CAP-05",
                    "EPR: shared care record for council social care",
                    'C',
                    0,
                    "E09000022",
                    k(0, 800, 1_200, 0, 0),
                    false,
                    List.of("CAP-03"),
                    1,
                    0,
                    3),
            s(
                    "CAP-06",
                    "Community diagnostic centre, Lewisham",
                    'T',
                    2,
                    "E09000023",
                    k(3_000, 9_500, 6_000, 0, 0),
                    false,
                    List.of(),
                    2.5,
                    2,
                    3.5),
            s(
                    "CAP-07",
                    "CDC: MRI and CT scanners",
                    'T',
                    2,
                    "E09000023",
                    k(0, 0, 4_500, 0, 0),
                    false,
                    List.of("CAP-06"),
                    2,
                    1,
                    4),
            s("CAP-08", "Ward block A: refurbish", 'T', 1, null, k(5_000, 6_000, 0, 0, 0), false, List.of(), 4, 2, 4),
            s(
                    "CAP-09",
                    "Ward block A: rebuild",
                    'T',
                    1,
                    null,
                    k(4_000, 14_000, 16_000, 8_000, 0),
                    false,
                    List.of(),
                    5,
                    4.5,
                    2),
            s(
                    "CAP-10",
                    "Mental health inpatient unit: refurbish to single rooms",
                    'T',
                    3,
                    "E09000028",
                    k(2_000, 7_000, 5_000, 0, 0),
                    false,
                    List.of(),
                    4.5,
                    2.5,
                    3),
            s(
                    "CAP-11",
                    "Mental health inpatient unit: new build",
                    'T',
                    3,
                    "E09000028",
                    k(3_000, 11_000, 14_000, 6_000, 0),
                    false,
                    List.of(),
                    5,
                    4,
                    2),
            s(
                    "CAP-12",
                    "Mental health crisis café and safe haven",
                    'P',
                    0,
                    "E09000022",
                    k(600, 400, 0, 0, 0),
                    false,
                    List.of(),
                    3,
                    1,
                    4.5),
            s(
                    "CAP-13",
                    "Integrated neighbourhood hub, Peckham",
                    'P',
                    0,
                    "E09000028",
                    k(1_500, 4_500, 3_000, 0, 0),
                    false,
                    List.of(),
                    2,
                    3,
                    3),
            s(
                    "CAP-14",
                    "Integrated neighbourhood hub, Woolwich",
                    'P',
                    0,
                    "E09000011",
                    k(1_200, 4_000, 2_800, 0, 0),
                    false,
                    List.of(),
                    2,
                    3,
                    3),
            s(
                    "CAP-15",
                    "Integrated neighbourhood hub, Thamesmead",
                    'P',
                    0,
                    "E09000004",
                    k(0, 1_800, 4_200, 2_500, 0),
                    false,
                    List.of(),
                    2,
                    3,
                    2.5),
            s(
                    "CAP-16",
                    "GP practice premises: Brixton extension",
                    'P',
                    0,
                    "E09000022",
                    k(900, 1_300, 0, 0, 0),
                    false,
                    List.of(),
                    2.5,
                    2,
                    4),
            s(
                    "CAP-17",
                    "GP practice premises: Orpington relocation",
                    'P',
                    0,
                    "E09000006",
                    k(0, 1_100, 2_400, 0, 0),
                    false,
                    List.of(),
                    2,
                    2,
                    3.5),
            s(
                    "CAP-18",
                    "Decarbonisation: heat pumps, acute sites",
                    'T',
                    0,
                    null,
                    k(0, 3_000, 5_000, 5_000, 2_000),
                    false,
                    List.of(),
                    1.5,
                    5,
                    3),
            s(
                    "CAP-19",
                    "Decarbonisation: solar and LED, community estate",
                    'T',
                    4,
                    null,
                    k(700, 900, 900, 0, 0),
                    false,
                    List.of(),
                    1,
                    5,
                    4.5),
            s(
                    "CAP-20",
                    "Backlog maintenance: roofs and drainage",
                    'T',
                    4,
                    null,
                    k(1_500, 1_500, 1_500, 1_500, 1_500),
                    true,
                    List.of(),
                    4,
                    1,
                    5),
            s(
                    "CAP-21",
                    "Theatre ventilation upgrade",
                    'T',
                    1,
                    null,
                    k(0, 2_200, 1_800, 0, 0),
                    false,
                    List.of(),
                    4.5,
                    1.5,
                    4),
            s(
                    "CAP-22",
                    "Elective orthopaedic hub: two theatres",
                    'T',
                    2,
                    "E09000006",
                    k(0, 5_000, 9_000, 4_000, 0),
                    false,
                    List.of("CAP-21"),
                    3,
                    1,
                    3),
            s(
                    "CAP-23",
                    "Virtual wards: remote monitoring kit",
                    'T',
                    4,
                    null,
                    k(800, 600, 600, 0, 0),
                    false,
                    List.of(),
                    2.5,
                    1.5,
                    4.5),
            s(
                    "CAP-24",
                    "Cyber security: network segmentation",
                    'T',
                    0,
                    null,
                    k(1_200, 800, 0, 0, 0),
                    false,
                    List.of(),
                    4.5,
                    0,
                    4),
            s(
                    "CAP-25",
                    "Cyber security: managed detection",
                    'T',
                    3,
                    null,
                    k(0, 400, 400, 400, 400),
                    false,
                    List.of("CAP-24"),
                    3.5,
                    0,
                    4.5),
            s(
                    "CAP-26",
                    "Extra care housing with the council, Bexley",
                    'C',
                    0,
                    "E09000004",
                    k(0, 0, 3_500, 6_000, 3_000),
                    false,
                    List.of(),
                    1.5,
                    3,
                    2),
            s(
                    "CAP-27",
                    "Disabled facilities adaptations (Better Care Fund)",
                    'C',
                    0,
                    "E09000023",
                    k(1_000, 1_000, 1_000, 1_000, 1_000),
                    false,
                    List.of(),
                    2.5,
                    0.5,
                    5),
            s(
                    "CAP-28",
                    "Community dental and sexual health clinic, Lambeth",
                    'P',
                    0,
                    "E09000022",
                    k(0, 900, 1_600, 0, 0),
                    false,
                    List.of(),
                    2,
                    2,
                    3),
            s(
                    "CAP-29",
                    "Urgent treatment centre co-location, Greenwich",
                    'T',
                    2,
                    "E09000011",
                    k(0, 0, 2_500, 5_500, 2_000),
                    false,
                    List.of("CAP-14"),
                    3,
                    2,
                    2.5),
            s(
                    "CAP-30",
                    "Pathology network: digital pathology scanners",
                    'T',
                    1,
                    null,
                    k(0, 1_400, 1_600, 0, 0),
                    false,
                    List.of(),
                    2.5,
                    1,
                    4));

    /** The board's criteria and weights. */
    public static List<Criterion> criteria() {
        return List.of(
                new Criterion(NEED, "Population need", new BigDecimal("0.30")),
                new Criterion(INEQUALITIES, "Health inequalities", new BigDecimal("0.25")),
                new Criterion("safety", "Safety and backlog risk", new BigDecimal("0.20")),
                new Criterion("net_zero", "Net zero", new BigDecimal("0.15")),
                new Criterion("deliverability", "Deliverability", new BigDecimal("0.10")));
    }

    /** The envelope per year (£m): 34, 40, 42, 30, 12. */
    public static List<EnvelopeYear> envelope() {
        long[] millions = {34, 40, 42, 30, 12};
        List<EnvelopeYear> years = new ArrayList<>();
        for (int i = 0; i < YEARS.size(); i++) {
            years.add(new EnvelopeYear(YEARS.get(i), Money.ofPounds(millions[i] * 1_000_000)));
        }
        return years;
    }

    /**
     * The round, from the demo registry's trusts and the need indices of the places ({@code placeCode → [Final WP index,
     * Health Ineq WP index]}, either may be null when not calculated).
     */
    public static CapitalRound round(Map<String, BigDecimal[]> placeIndices) {
        List<Organisation> trusts = new ArrayList<>(DemoFinance.system().organisations(OrganisationKind.NHS_TRUST));
        trusts.sort(Comparator.comparing(o -> o.code().value()));
        if (trusts.isEmpty()) {
            throw new IllegalStateException("the demo registry has no NHS trusts to bid");
        }
        List<Bid> bids = new ArrayList<>();
        for (Spec spec : SPECS) {
            String place = spec.lad() == null ? "" : "LCPZ-" + spec.lad();
            String organisation = switch (spec.who()) {
                case 'T' -> trusts.get(spec.trust() % trusts.size()).code().value();
                case 'C' -> DemoFinance.council(spec.lad());
                default -> place;
            };
            List<Money> costs = new ArrayList<>();
            for (long thousands : spec.costThousands()) {
                costs.add(Money.ofPounds(thousands * 1_000));
            }
            BigDecimal[] index = placeIndices.getOrDefault(place, new BigDecimal[2]);
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            scores.put(NEED, score(index[0]));
            scores.put(INEQUALITIES, score(index[1]));
            scores.put("safety", BigDecimal.valueOf(spec.safety()));
            scores.put("net_zero", BigDecimal.valueOf(spec.netZero()));
            scores.put("deliverability", BigDecimal.valueOf(spec.deliverability()));
            Set<BidId> needs = new TreeSet<>();
            spec.needs().forEach(n -> needs.add(BidId.of(n)));
            bids.add(new Bid(
                    BidId.of(spec.id()), spec.title(), organisation, place, costs, spec.mandatory(), needs, scores));
        }
        List<OptionGroup> options = List.of(
                new OptionGroup("Ward block A", List.of(BidId.of("CAP-08"), BidId.of("CAP-09"))),
                new OptionGroup("Mental health inpatient unit", List.of(BidId.of("CAP-10"), BidId.of("CAP-11"))));
        return new CapitalRound(criteria(), bids, options, envelope(), Objective.SCORE_SUM);
    }

    /** 2.5 + 10 × (index − 1), within 0–5, to one decimal place (half-even); 2.5 when the index is not calculated. */
    static BigDecimal score(BigDecimal index) {
        if (index == null) {
            return new BigDecimal("2.5");
        }
        BigDecimal raw = new BigDecimal("2.5").add(BigDecimal.TEN.multiply(index.subtract(BigDecimal.ONE)));
        return raw.max(BigDecimal.ZERO).min(new BigDecimal("5")).setScale(1, RoundingMode.HALF_EVEN);
    }
}
