package org.openics.synthetic;

/** A realistic fault injected into the output on demand, as listed in {@code defects.csv}. */
public enum DefectKind {
    /** A Patient's NHS number fails the Modulus 11 check. */
    INVALID_NHS_NUMBER,
    /** A reference to a Patient that was never sent. */
    MISSING_REFERENCE,
    /** A date that cannot exist (30 February). */
    IMPOSSIBLE_DATE,
    /** A code that is not in its code system. */
    UNKNOWN_CODE,
    /** The same line sent twice; the listed line is the second copy. */
    DUPLICATE,
    /** The same resource sent again with changed content (a new version); the listed line is the update. */
    RESENT_UPDATE,
    /** A line cut short: not valid JSON. */
    TRUNCATED,
    /** A line with broken JSON syntax. */
    MALFORMED_JSON;

    /** Whether the line can still be parsed as JSON. */
    public boolean parseable() {
        return this != TRUNCATED && this != MALFORMED_JSON;
    }
}
