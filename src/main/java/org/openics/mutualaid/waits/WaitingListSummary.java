package org.openics.mutualaid.waits;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.openics.analytics.WaitingListRow;
import org.openics.analytics.statistics.Confidence;
import org.openics.analytics.statistics.Wilson;
import org.openics.mutualaid.Priority;
import org.openics.mutualaid.WaitingLists;
import org.openics.mutualaid.WaitsBreakdown;
import org.openics.mutualaid.WaitsRow;

/**
 * Waiting-list figures on a date from open RTT entries. A wait is the days from clock start to the date over seven;
 * centiles are nearest-rank on those waits and not calculated below {@link #MINIMUM_FOR_CENTILES} waiters; the 18-week
 * share is a proportion with the Wilson interval (statistics library), which holds at any count.
 */
public final class WaitingListSummary {

    public static final int MINIMUM_FOR_CENTILES = 5;
    static final String ALL = "";

    private WaitingListSummary() {}

    public static double weeks(LocalDate clockStart, LocalDate asAt) {
        return Math.max(0, ChronoUnit.DAYS.between(clockStart, asAt)) / 7.0;
    }

    /** Entries whose clock started after the date are not yet on the list and are left out. */
    public static WaitingLists of(List<WaitingListRow> entries, LocalDate asAt, String ics, String source) {
        List<WaitingListRow> open =
                entries.stream().filter(e -> !e.clockStart().isAfter(asAt)).toList();
        Map<List<String>, List<Double>> cells = new TreeMap<>(Comparator.LIST);
        for (WaitingListRow e : open) {
            String provider = e.provider() == null ? "unknown" : e.provider();
            String function = e.treatmentFunction() == null ? "unknown" : e.treatmentFunction();
            Optional<Priority> priority = Priority.fromFhir(e.priority());
            double w = weeks(e.clockStart(), asAt);
            cells.computeIfAbsent(List.of(provider, function, ALL), k -> new ArrayList<>())
                    .add(w);
            // an entry without a known priority counts in the all-priorities row only
            priority.ifPresent(p -> cells.computeIfAbsent(List.of(provider, function, p.name()), k -> new ArrayList<>())
                    .add(w));
        }
        List<WaitsRow> rows = new ArrayList<>();
        cells.forEach((key, waits) -> rows.add(row(key.get(0), key.get(1), key.get(2), waits)));
        List<WaitingListRow> residents =
                open.stream().filter(e -> ics == null || ics.equals(e.ics())).toList();
        List<WaitsBreakdown> breakdowns = new ArrayList<>();
        breakdowns.addAll(breakdown(
                "deprivation fifth",
                residents,
                asAt,
                e -> e.imdQuintile() == null
                        ? "unknown"
                        : e.imdQuintile()
                                + (e.imdQuintile() == 1
                                        ? " (most deprived)"
                                        : e.imdQuintile() == 5 ? " (least deprived)" : "")));
        breakdowns.addAll(breakdown(
                "ethnic group", residents, asAt, e -> e.ethnicGroup() == null ? "Not stated" : e.ethnicGroup()));
        return new WaitingLists(asAt, open.size(), rows, breakdowns, source);
    }

    private static WaitsRow row(String provider, String function, String priority, List<Double> waits) {
        double[] sorted =
                waits.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        int within18 = (int) Arrays.stream(sorted).filter(w -> w < 18).count();
        boolean enough = n >= MINIMUM_FOR_CENTILES;
        Optional<Priority> p = priority.equals(ALL) ? Optional.empty() : Optional.of(Priority.valueOf(priority));
        return new WaitsRow(
                provider,
                function,
                p,
                n,
                enough ? Optional.of(centile(sorted, 0.5)) : Optional.empty(),
                enough ? Optional.of(centile(sorted, 0.92)) : Optional.empty(),
                enough ? Optional.empty() : Optional.of("fewer than " + MINIMUM_FOR_CENTILES + " waiters"),
                within18,
                (double) within18 / n,
                Wilson.lower(within18, n, Confidence.NINETY_FIVE),
                Wilson.upper(within18, n, Confidence.NINETY_FIVE),
                count(sorted, 52),
                count(sorted, 65),
                count(sorted, 78));
    }

    private static List<WaitsBreakdown> breakdown(
            String dimension, List<WaitingListRow> entries, LocalDate asAt, Function<WaitingListRow, String> category) {
        Map<String, List<Double>> groups = new TreeMap<>();
        for (WaitingListRow e : entries) {
            groups.computeIfAbsent(category.apply(e), k -> new ArrayList<>()).add(weeks(e.clockStart(), asAt));
        }
        List<WaitsBreakdown> out = new ArrayList<>();
        groups.forEach((name, waits) -> {
            double[] sorted =
                    waits.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            int over18 = count(sorted, 18);
            out.add(new WaitsBreakdown(
                    dimension,
                    name,
                    n,
                    n >= MINIMUM_FOR_CENTILES ? Optional.of(centile(sorted, 0.5)) : Optional.empty(),
                    over18,
                    (double) over18 / n,
                    Wilson.lower(over18, n, Confidence.NINETY_FIVE),
                    Wilson.upper(over18, n, Confidence.NINETY_FIVE),
                    count(sorted, 52)));
        });
        return out;
    }

    /** Nearest rank: the smallest wait with at least the share q of waits at or below it. */
    static double centile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static int count(double[] sorted, double atLeast) {
        return (int) Arrays.stream(sorted).filter(w -> w >= atLeast).count();
    }

    /** Lists of strings in order, element by element. */
    enum Comparator implements java.util.Comparator<List<String>> {
        LIST;

        @Override
        public int compare(List<String> a, List<String> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        }
    }
}
