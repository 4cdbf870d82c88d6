package org.openics.finance.capital;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.openics.kernel.Money;

/** Rounds for tests and the benchmark: hand-made fixtures and seeded random rounds. */
final class CapitalRounds {

    static final List<Criterion> BOARD_CRITERIA = List.of(
            new Criterion("need", "Need", new BigDecimal("0.30")),
            new Criterion("inequalities", "Inequalities", new BigDecimal("0.25")),
            new Criterion("safety", "Safety and backlog", new BigDecimal("0.20")),
            new Criterion("net-zero", "Net zero", new BigDecimal("0.15")),
            new Criterion("deliverability", "Deliverability", new BigDecimal("0.10")));

    private CapitalRounds() {}

    static List<EnvelopeYear> envelope(long... pounds) {
        List<EnvelopeYear> years = new ArrayList<>();
        for (int y = 0; y < pounds.length; y++) {
            years.add(new EnvelopeYear((2025 + y) + "/" + (26 + y), Money.ofPounds(pounds[y])));
        }
        return years;
    }

    static Bid bid(String id, long[] pounds, boolean mandatory, Set<String> dependsOn, Map<String, BigDecimal> scores) {
        List<Money> costs = new ArrayList<>();
        for (long p : pounds) {
            costs.add(Money.ofPounds(p));
        }
        Set<BidId> deps = new HashSet<>();
        dependsOn.forEach(d -> deps.add(BidId.of(d)));
        return new Bid(BidId.of(id), id, "RJZ", "Southwark", costs, mandatory, deps, scores);
    }

    /** A one-criterion bid: cost per year in pounds, value as its single score. */
    static Bid simple(String id, String value, long... pounds) {
        return bid(id, pounds, false, Set.of(), Map.of("value", new BigDecimal(value)));
    }

    static List<Criterion> single() {
        return List.of(new Criterion("value", "Value", BigDecimal.ONE));
    }

    /**
     * A small random round for brute force: decimal scores and weights, random dependencies on earlier bids (so no
     * cycles), a few option groups and mandatory bids, and an envelope of about half of the demand.
     */
    static CapitalRound small(Random random, int bids, int years, Objective objective) {
        List<Criterion> criteria = new ArrayList<>();
        int criteriaCount = 1 + random.nextInt(3);
        for (int c = 0; c < criteriaCount; c++) {
            criteria.add(new Criterion("c" + c, "criterion " + c, BigDecimal.valueOf(random.nextInt(100) + 1, 2)));
        }
        List<Bid> list = new ArrayList<>();
        long[] demand = new long[years];
        for (int i = 0; i < bids; i++) {
            long[] pounds = new long[years];
            for (int y = 0; y < years; y++) {
                pounds[y] = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(100);
                demand[y] += pounds[y];
            }
            Set<String> deps = new HashSet<>();
            if (i > 0 && random.nextInt(4) == 0) {
                deps.add("B" + random.nextInt(i));
            }
            Map<String, BigDecimal> scores = new HashMap<>();
            for (Criterion c : criteria) {
                scores.put(c.id(), BigDecimal.valueOf(random.nextInt(101), 1));
            }
            list.add(bid("B" + i, pounds, random.nextInt(12) == 0, deps, scores));
        }
        List<OptionGroup> groups = new ArrayList<>();
        if (bids >= 3 && random.nextBoolean()) {
            int a = random.nextInt(bids);
            int b = random.nextInt(bids);
            if (a != b) {
                groups.add(new OptionGroup("G1", List.of(BidId.of("B" + a), BidId.of("B" + b))));
            }
        }
        long[] limits = new long[years];
        for (int y = 0; y < years; y++) {
            limits[y] = demand[y] * (30 + random.nextInt(40)) / 100;
        }
        return new CapitalRound(criteria, list, groups, envelope(limits), objective);
    }

    /**
     * A round like a large ICS's: {@code bids} bids over {@code years} years costing £0.1m to £25m (log-uniform, in
     * whole £1,000s) spread over one to three years, 15% needing one or two other bids, option groups of two or three
     * alternatives, 3% mandatory, scores 0–5 on the five board criteria, and an envelope of about 35% of demand a year.
     */
    static CapitalRound benchmark(long seed, int bids, int years, Objective objective) {
        Random random = new Random(seed);
        List<Bid> list = new ArrayList<>();
        long[] demand = new long[years];
        for (int i = 0; i < bids; i++) {
            long thousands =
                    Math.round(Math.exp(Math.log(100) + random.nextDouble() * (Math.log(25_000) - Math.log(100))));
            int span = 1 + random.nextInt(Math.min(3, years));
            int start = random.nextInt(years - span + 1);
            long[] pounds = new long[years];
            for (int y = start; y < start + span; y++) {
                pounds[y] = (thousands / span) * 1000;
                demand[y] += pounds[y];
            }
            Set<String> deps = new HashSet<>();
            if (i > 10 && random.nextDouble() < 0.15) {
                deps.add("B" + random.nextInt(i));
                if (random.nextBoolean()) {
                    deps.add("B" + random.nextInt(i));
                }
            }
            Map<String, BigDecimal> scores = new HashMap<>();
            for (Criterion c : BOARD_CRITERIA) {
                scores.put(c.id(), BigDecimal.valueOf(random.nextInt(6)));
            }
            boolean mandatory = random.nextDouble() < 0.03 && thousands < 3_000;
            list.add(bid("B" + i, pounds, mandatory, deps, scores));
        }
        List<OptionGroup> groups = new ArrayList<>();
        Set<Integer> grouped = new HashSet<>();
        for (int g = 0; g < bids / 25; g++) {
            List<BidId> options = new ArrayList<>();
            int size = 2 + random.nextInt(2);
            while (options.size() < size) {
                int i = random.nextInt(bids);
                if (!list.get(i).mandatory() && grouped.add(i)) {
                    options.add(list.get(i).id());
                }
            }
            groups.add(new OptionGroup("G" + g, options));
        }
        long[] limits = new long[years];
        for (int y = 0; y < years; y++) {
            limits[y] = demand[y] * 35 / 100;
        }
        return new CapitalRound(BOARD_CRITERIA, list, groups, envelope(limits), objective);
    }
}
