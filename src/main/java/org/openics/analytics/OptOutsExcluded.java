package org.openics.analytics;

import java.time.Instant;
import java.util.Objects;

/**
 * How many people an area's figures leave out because they opted out (national data opt-out or type 1 opt-out), as
 * at the last refresh from the record. {@code national} and {@code type1} are known for the whole store only (a person
 * can hold both, so they may sum to more than {@code people}).
 */
public record OptOutsExcluded(
        Level level, String code, long people, Long national, Long type1, Instant asAt, String description) {

    public OptOutsExcluded {
        Objects.requireNonNull(description, "description");
    }

    /** "N people excluded by national data opt-out or type 1 opt-out", as shown beside a figure. */
    public static String describe(long people, Long national, Long type1) {
        String kinds = national == null
                ? "national data opt-out or type 1 opt-out"
                : national > 0 && type1 > 0
                        ? "national data opt-out (" + String.format(java.util.Locale.UK, "%,d", national)
                                + ") or type 1 opt-out (" + String.format(java.util.Locale.UK, "%,d", type1) + ")"
                        : type1 > 0 ? "type 1 opt-out" : "national data opt-out";
        return String.format(
                java.util.Locale.UK, "%,d %s excluded by %s", people, people == 1 ? "person" : "people", kinds);
    }
}
