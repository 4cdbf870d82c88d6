package org.openics.analytics.cohorts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small-number rule for counts shown to analysts: a count from 1 to 7 is shown as "&lt;8" (0 is shown: it
 * discloses no one). Within a breakdown whose total is shown, when exactly one category is suppressed the next
 * smallest shown category is suppressed too, so that no suppressed count can be recovered by subtraction from
 * the total.
 */
public final class SmallNumbers {

    /** Counts below this (and above zero) are suppressed. */
    public static final int THRESHOLD = 8;

    public static final String SHOWN = "<" + THRESHOLD;
    public static final String RULE =
            "counts from 1 to 7 are shown as <8; where one category of a breakdown is suppressed, "
                    + "the next smallest is too, so that no suppressed count can be worked out from the total";

    private SmallNumbers() {}

    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    public static SuppressedCount one(String category, long count) {
        return small(count)
                ? new SuppressedCount(category, null, true, SHOWN)
                : new SuppressedCount(category, count, false, format(count));
    }

    /** A breakdown's categories (in their order), with primary and secondary suppression applied. */
    public static List<SuppressedCount> breakdown(Map<String, Long> counts) {
        Map<String, Boolean> suppress = new LinkedHashMap<>();
        counts.forEach((category, count) -> suppress.put(category, small(count)));
        long suppressed = suppress.values().stream().filter(b -> b).count();
        if (suppressed == 1) {
            counts.entrySet().stream()
                    .filter(e -> !suppress.get(e.getKey()) && e.getValue() > 0)
                    .min(Comparator.comparingLong(Map.Entry::getValue))
                    .ifPresent(e -> suppress.put(e.getKey(), true));
        }
        List<SuppressedCount> result = new ArrayList<>();
        counts.forEach((category, count) -> result.add(
                suppress.get(category)
                        ? new SuppressedCount(category, null, true, SHOWN)
                        : new SuppressedCount(category, count, false, format(count))));
        return result;
    }

    private static String format(long count) {
        return String.format(java.util.Locale.UK, "%,d", count);
    }
}
