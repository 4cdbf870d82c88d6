package org.openics.mutualaid.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openics.analytics.statistics.Confidence;
import org.openics.analytics.statistics.Wilson;
import org.openics.mutualaid.DiagnosticCapacity;
import org.openics.mutualaid.DiagnosticWaiting;
import org.openics.mutualaid.DiagnosticsRow;
import org.openics.mutualaid.Modality;
import org.openics.mutualaid.Site;

/**
 * Summarises a diagnostics waiting-list return (counts by provider × modality × whole weeks waited) against the sites'
 * capacity: six-week and 13-week waiters, the six-week share with its Wilson interval (it holds at any count), the
 * median by nearest rank over the counts, and weeks of capacity = waiting ÷ tests a week.
 */
public final class SixWeekStandard {

    public static final String ALL = "all";
    static final int MINIMUM_FOR_MEDIAN = 5;

    private SixWeekStandard() {}

    /** Per provider × modality, in provider then modality order; capacity counts at the provider's own sites. */
    public static List<DiagnosticsRow> byProvider(
            List<DiagnosticWaiting> waiting, List<DiagnosticCapacity> capacity, List<Site> sites) {
        Map<String, Map<Modality, List<DiagnosticWaiting>>> cells = new TreeMap<>();
        waiting.forEach(w -> cells.computeIfAbsent(w.provider(), k -> new TreeMap<>())
                .computeIfAbsent(w.modality(), k -> new ArrayList<>())
                .add(w));
        List<DiagnosticsRow> rows = new ArrayList<>();
        cells.forEach((provider, byModality) -> byModality.forEach((modality, counts) -> rows.add(row(
                provider,
                modality,
                counts,
                capacity.stream()
                        .filter(c -> c.modality() == modality
                                && providerOf(c.site(), sites).equals(provider))
                        .toList()))));
        return rows;
    }

    /** Per modality across the system: every provider's waiters against every site's capacity (CDCs included). */
    public static List<DiagnosticsRow> byModality(List<DiagnosticWaiting> waiting, List<DiagnosticCapacity> capacity) {
        Map<Modality, List<DiagnosticWaiting>> cells = new TreeMap<>();
        waiting.forEach(
                w -> cells.computeIfAbsent(w.modality(), k -> new ArrayList<>()).add(w));
        capacity.forEach(c -> cells.computeIfAbsent(c.modality(), k -> new ArrayList<>()));
        List<DiagnosticsRow> rows = new ArrayList<>();
        cells.forEach((modality, counts) -> rows.add(row(
                ALL,
                modality,
                counts,
                capacity.stream().filter(c -> c.modality() == modality).toList())));
        return rows;
    }

    private static String providerOf(String site, List<Site> sites) {
        return sites.stream()
                .filter(s -> s.code().equals(site))
                .map(Site::provider)
                .findFirst()
                .orElse("");
    }

    static DiagnosticsRow row(
            String provider, Modality modality, List<DiagnosticWaiting> counts, List<DiagnosticCapacity> capacity) {
        int n = counts.stream().mapToInt(DiagnosticWaiting::waiting).sum();
        int six = counts.stream()
                .filter(c -> c.weeksWaited() >= 6)
                .mapToInt(DiagnosticWaiting::waiting)
                .sum();
        int thirteen = counts.stream()
                .filter(c -> c.weeksWaited() >= 13)
                .mapToInt(DiagnosticWaiting::waiting)
                .sum();
        int tests = capacity.stream().mapToInt(DiagnosticCapacity::testsPerWeek).sum();
        int offered =
                capacity.stream().mapToInt(DiagnosticCapacity::offeredPerWeek).sum();
        Optional<String> notCalculated = n == 0
                ? Optional.of("nobody waiting")
                : n < MINIMUM_FOR_MEDIAN
                        ? Optional.of("median not calculated: fewer than " + MINIMUM_FOR_MEDIAN + " waiters")
                        : Optional.empty();
        return new DiagnosticsRow(
                provider,
                modality,
                n,
                six,
                n == 0 ? 0 : (double) six / n,
                n == 0 ? 0 : Wilson.lower(six, n, Confidence.NINETY_FIVE),
                n == 0 ? 1 : Wilson.upper(six, n, Confidence.NINETY_FIVE),
                thirteen,
                n >= MINIMUM_FOR_MEDIAN ? Optional.of(median(counts, n)) : Optional.empty(),
                tests,
                offered,
                tests > 0 ? Optional.of((double) n / tests) : Optional.empty(),
                notCalculated);
    }

    /** Nearest rank over grouped counts: the smallest whole weeks with at least half the waiters at or below it. */
    static int median(List<DiagnosticWaiting> counts, int n) {
        int rank = (int) Math.ceil(0.5 * n);
        int seen = 0;
        for (DiagnosticWaiting c : counts.stream()
                .sorted(java.util.Comparator.comparingInt(DiagnosticWaiting::weeksWaited))
                .toList()) {
            seen += c.waiting();
            if (seen >= rank) {
                return c.weeksWaited();
            }
        }
        throw new IllegalStateException("no waiters");
    }
}
