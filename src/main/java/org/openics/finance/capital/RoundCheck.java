package org.openics.finance.capital;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openics.kernel.Money;

/** Checks a round's cross-references and turns it into arrays; a bad round gives every refusal found. */
final class RoundCheck {

    private final CapitalRound round;
    private final List<Refusal> refusals = new ArrayList<>();
    private final Map<BidId, Integer> index = new LinkedHashMap<>();

    private RoundCheck(CapitalRound round) {
        this.round = round;
    }

    /** A checked round: its refusals, or none and the round in arrays. */
    record Checked(List<Refusal> refusals, IndexedRound indexed) {

        boolean refused() {
            return !refusals.isEmpty();
        }
    }

    static Checked check(CapitalRound round) {
        RoundCheck check = new RoundCheck(round);
        IndexedRound indexed = check.run();
        return new Checked(List.copyOf(check.refusals), check.refusals.isEmpty() ? indexed : null);
    }

    private void refuse(Refusal.Kind kind, String subject, String detail) {
        refusals.add(new Refusal(kind, subject, detail));
    }

    private IndexedRound run() {
        List<Bid> bids = round.bids();
        int years = round.envelope().size();
        if (years == 0) {
            refuse(Refusal.Kind.NO_ENVELOPE, "envelope", "the capital envelope has no years");
        }
        if (round.criteria().isEmpty()) {
            refuse(Refusal.Kind.NO_CRITERIA, "criteria", "the board has set no criteria to score bids on");
        }
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        for (Criterion c : round.criteria()) {
            if (criteria.putIfAbsent(c.id(), c) != null) {
                refuse(Refusal.Kind.DUPLICATE_CRITERION, c.id(), "criterion " + c.id() + " is listed twice");
            }
        }
        Set<String> yearNames = new HashSet<>();
        for (EnvelopeYear year : round.envelope()) {
            if (!yearNames.add(year.year())) {
                refuse(Refusal.Kind.NO_ENVELOPE, year.year(), "envelope year " + year.year() + " is listed twice");
            }
        }
        for (int i = 0; i < bids.size(); i++) {
            Bid bid = bids.get(i);
            if (index.putIfAbsent(bid.id(), i) != null) {
                refuse(Refusal.Kind.DUPLICATE_BID, bid.id().value(), "bid " + bid.id() + " is listed twice");
            }
        }
        for (Bid bid : bids) {
            if (bid.costs().size() != years) {
                refuse(
                        Refusal.Kind.COSTS_DO_NOT_MATCH_ENVELOPE,
                        bid.id().value(),
                        "bid " + bid.id() + " has costs for " + bid.costs().size() + " year(s); the envelope has "
                                + years);
            }
            for (BidId dep : bid.dependsOn()) {
                if (!index.containsKey(dep)) {
                    refuse(
                            Refusal.Kind.UNKNOWN_DEPENDENCY,
                            bid.id().value(),
                            "bid " + bid.id() + " depends on " + dep + ", which is not a bid in this round");
                }
            }
            for (String c : criteria.keySet()) {
                if (!bid.scores().containsKey(c)) {
                    refuse(
                            Refusal.Kind.MISSING_SCORE,
                            bid.id().value(),
                            "bid " + bid.id() + " has no score for criterion " + c);
                }
            }
            for (String c : new java.util.TreeSet<>(bid.scores().keySet())) {
                if (!criteria.containsKey(c)) {
                    refuse(
                            Refusal.Kind.UNKNOWN_CRITERION,
                            bid.id().value(),
                            "bid " + bid.id() + " is scored on " + c + ", which is not one of the board's criteria");
                }
            }
        }
        for (OptionGroup group : round.optionGroups()) {
            for (BidId option : group.options()) {
                if (!index.containsKey(option)) {
                    refuse(
                            Refusal.Kind.UNKNOWN_BID_IN_OPTION_GROUP,
                            group.name(),
                            "option group " + group.name() + " names " + option + ", which is not a bid in this round");
                }
            }
        }
        if (!refusals.isEmpty()) {
            return null;
        }
        int n = bids.size();
        int[][] dependsOn = new int[n][];
        for (int i = 0; i < n; i++) {
            dependsOn[i] = bids.get(i).dependsOn().stream()
                    .mapToInt(index::get)
                    .sorted()
                    .toArray();
        }
        findCycles(dependsOn);
        if (!refusals.isEmpty()) {
            return null;
        }
        BitSet[] needs = transitiveNeeds(dependsOn);
        int[][] groups = round.optionGroups().stream()
                .map(g -> g.options().stream()
                        .mapToInt(index::get)
                        .distinct()
                        .sorted()
                        .toArray())
                .toArray(int[][]::new);
        int[][] groupsOf = groupsOf(n, groups);
        long[][] costs = new long[n][years];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < years; y++) {
                costs[i][y] = bids.get(i).costs().get(y).pence();
            }
        }
        long[] envelope =
                round.envelope().stream().mapToLong(e -> e.limit().pence()).toArray();
        boolean[] forced = forced(n, needs);
        checkForced(forced, groups, costs, envelope);
        if (!refusals.isEmpty()) {
            return null;
        }
        return new IndexedRound(round, costs, envelope, dependsOn, needs, groups, groupsOf, forced, values(criteria));
    }

    /** Every dependency cycle once, as a path "A → B → A". */
    private void findCycles(int[][] dependsOn) {
        int n = dependsOn.length;
        int[] state = new int[n]; // 0 new, 1 on the path, 2 done
        int[] parent = new int[n];
        for (int start = 0; start < n; start++) {
            if (state[start] != 0) {
                continue;
            }
            // iterative depth-first search: rounds can be large and deep chains must not overflow the stack
            int[] next = new int[n];
            List<Integer> stack = new ArrayList<>();
            stack.add(start);
            state[start] = 1;
            parent[start] = -1;
            while (!stack.isEmpty()) {
                int v = stack.get(stack.size() - 1);
                if (next[v] < dependsOn[v].length) {
                    int w = dependsOn[v][next[v]++];
                    if (state[w] == 0) {
                        state[w] = 1;
                        parent[w] = v;
                        stack.add(w);
                    } else if (state[w] == 1) {
                        reportCycle(v, w, parent);
                    }
                } else {
                    state[v] = 2;
                    stack.remove(stack.size() - 1);
                }
            }
        }
    }

    private void reportCycle(int from, int back, int[] parent) {
        List<String> path = new ArrayList<>();
        for (int v = from; v != back; v = parent[v]) {
            path.add(0, round.bids().get(v).id().value());
        }
        path.add(0, round.bids().get(back).id().value());
        path.add(round.bids().get(back).id().value());
        refuse(
                Refusal.Kind.DEPENDENCY_CYCLE,
                path.get(0),
                "bids depend on each other in a circle: " + String.join(" → ", path));
    }

    private static BitSet[] transitiveNeeds(int[][] dependsOn) {
        int n = dependsOn.length;
        BitSet[] needs = new BitSet[n];
        for (int i = 0; i < n; i++) {
            fill(i, dependsOn, needs);
        }
        return needs;
    }

    private static void fill(int root, int[][] dependsOn, BitSet[] needs) {
        if (needs[root] != null) {
            return;
        }
        // post-order without recursion: a bid's needs are its dependencies and theirs
        List<Integer> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            int v = stack.get(stack.size() - 1);
            boolean ready = true;
            for (int w : dependsOn[v]) {
                if (needs[w] == null) {
                    stack.add(w);
                    ready = false;
                }
            }
            if (ready) {
                stack.remove(stack.size() - 1);
                if (needs[v] == null) {
                    BitSet set = new BitSet();
                    for (int w : dependsOn[v]) {
                        set.set(w);
                        set.or(needs[w]);
                    }
                    needs[v] = set;
                }
            }
        }
    }

    private static int[][] groupsOf(int n, int[][] groups) {
        List<List<Integer>> of = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            of.add(new ArrayList<>());
        }
        for (int g = 0; g < groups.length; g++) {
            for (int i : groups[g]) {
                of.get(i).add(g);
            }
        }
        return of.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    private boolean[] forced(int n, BitSet[] needs) {
        boolean[] forced = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (round.bids().get(i).mandatory()) {
                forced[i] = true;
                needs[i].stream().forEach(j -> forced[j] = true);
            }
        }
        return forced;
    }

    private void checkForced(boolean[] forced, int[][] groups, long[][] costs, long[] envelope) {
        for (int g = 0; g < groups.length; g++) {
            List<String> in = new ArrayList<>();
            for (int i : groups[g]) {
                if (forced[i]) {
                    in.add(round.bids().get(i).id().value());
                }
            }
            if (in.size() > 1) {
                String name = round.optionGroups().get(g).name();
                refuse(
                        Refusal.Kind.MANDATORY_OPTIONS_CONFLICT,
                        name,
                        "option group " + name + " allows one option, but " + String.join(" and ", in)
                                + " are mandatory or needed by a mandatory bid");
            }
        }
        for (int y = 0; y < envelope.length; y++) {
            long spend = 0;
            for (int i = 0; i < forced.length; i++) {
                spend = Math.addExact(spend, forced[i] ? costs[i][y] : 0);
            }
            if (spend > envelope[y]) {
                String year = round.envelope().get(y).year();
                refuse(
                        Refusal.Kind.MANDATORY_OVER_ENVELOPE,
                        year,
                        "in " + year + " the mandatory bids and what they need cost "
                                + Money.ofPence(spend) + ", over the envelope of " + Money.ofPence(envelope[y]) + " by "
                                + Money.ofPence(spend - envelope[y]));
            }
        }
    }

    private BigDecimal[] values(Map<String, Criterion> criteria) {
        List<Bid> bids = round.bids();
        BigDecimal[] values = new BigDecimal[bids.size()];
        Map<String, BigDecimal> weights = new HashMap<>();
        criteria.forEach((id, c) -> weights.put(id, c.weight()));
        for (int i = 0; i < values.length; i++) {
            values[i] = BidValue.of(bids.get(i), weights, round.objective());
        }
        return values;
    }
}
