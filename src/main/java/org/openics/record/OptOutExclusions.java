package org.openics.record;

import java.util.Set;

/**
 * What analytics must leave out because people opted out, as the record knows it now: the pseudonyms of the
 * persons with either opt-out (so that facts already handed over are removed; the record stops handing out new
 * ones), how many persons of the record each kind covers (a person can hold both), and how many persons with
 * either are registered at each practice (counts only, so that analytics can say how many each area's figures leave out).
 */
public record OptOutExclusions(
        Set<String> pseudonyms, long national, long type1, java.util.Map<String, Long> byPractice) {

    public OptOutExclusions {
        pseudonyms = Set.copyOf(pseudonyms);
        byPractice = java.util.Map.copyOf(byPractice);
    }

    /** People left out: with either opt-out. */
    public long people() {
        return pseudonyms.size();
    }
}
