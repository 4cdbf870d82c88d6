package org.openics.engagement.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.openics.engagement.Cell;

/**
 * Small-number suppression of a set of counts that add up to a published total: counts of 1 to 7 are withheld
 * (primary); where exactly one is withheld, the next smallest non-zero count is withheld too (secondary), so that the
 * withheld one cannot be worked out by subtraction. Zero is shown: it identifies nobody.
 */
public final class SmallNumbers {

    private SmallNumbers() {
    }

    public static List<Cell> suppress(List<Long> counts) {
        boolean[] withheld = new boolean[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            withheld[i] = small(counts.get(i));
        }
        long primary = IntStream.range(0, withheld.length).filter(i -> withheld[i]).count();
        if (primary == 1) {
            IntStream.range(0, counts.size()).filter(i -> !withheld[i] && counts.get(i) > 0).boxed()
                    .min(Comparator.comparing(counts::get)).ifPresent(i -> withheld[i] = true);
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            cells.add(new Cell(counts.get(i), withheld[i]));
        }
        return cells;
    }

    /** One count on its own (a total): withheld when 1 to 7. */
    public static Cell single(long count) {
        return new Cell(count, small(count));
    }

    private static boolean small(long count) {
        return count > 0 && count < Cell.THRESHOLD;
    }
}
