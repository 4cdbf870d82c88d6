package org.openics.finance;

import java.util.List;
import java.util.Optional;

/**
 * What reading (and, when stored, importing) a weighted-populations file did. Every data row is loaded or rejected with
 * its reason: {@code read == loaded + rejected.size()}. {@code problem} is set when the file could not be used at all
 * (then nothing of it is loaded). {@code changed} is false when the same content was already stored.
 *
 * @param format the variant recognised: "2022/23 with PCN and list size" or "projection without PCN or list size"
 * @param year   the allocation year, e.g. "2022/23"
 */
public record WeightedPopulationsImport(
        String file,
        String format,
        String year,
        long read,
        long loaded,
        List<RejectedLine> rejected,
        List<String> notes,
        Optional<String> problem,
        boolean changed) {

    public WeightedPopulationsImport {
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
        problem = problem == null ? Optional.empty() : problem;
        if (problem.isEmpty() && read != loaded + rejected.size()) {
            throw new IllegalStateException("reading " + file + " does not reconcile: read " + read + ", loaded "
                    + loaded + ", rejected " + rejected.size());
        }
    }

    public static WeightedPopulationsImport unusable(String file, String problem) {
        return new WeightedPopulationsImport(file, "", "", 0, 0, List.of(), List.of(), Optional.of(problem), false);
    }

    public WeightedPopulationsImport stored(boolean changedNow) {
        return new WeightedPopulationsImport(file, format, year, read, loaded, rejected, notes, problem, changedNow);
    }

    public boolean usable() {
        return problem.isEmpty();
    }
}
