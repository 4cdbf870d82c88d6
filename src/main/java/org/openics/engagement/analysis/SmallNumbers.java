package org.openics.engagement.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openics.engagement.Cell;

/**
 * Small-number suppression of engagement counts, by the one rule of the platform (analytics' cohorts): counts of 1
 * to 7 are withheld; where exactly one count of a set that adds to a shown total is withheld, the next smallest is
 * withheld too. Zero is shown: it identifies nobody.
 */
public final class SmallNumbers {

    private SmallNumbers() {}

    /** A set of counts adding up to a shown total, in their order. */
    public static List<Cell> suppress(List<Long> counts) {
        Map<String, Long> byPosition = new LinkedHashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            byPosition.put(Integer.toString(i), counts.get(i));
        }
        return org.openics.analytics.cohorts.SmallNumbers.breakdown(byPosition).stream()
                .map(c -> new Cell(c.count(), c.suppressed()))
                .toList();
    }

    /** One count on its own: withheld when 1 to 7. */
    public static Cell single(long count) {
        return org.openics.analytics.cohorts.SmallNumbers.small(count) ? new Cell(null, true) : new Cell(count, false);
    }
}
