package org.openics.record;

/**
 * The kinds of problem that keep a resource (or an HL7 v2 message) out of the record. Each renders its detail as the
 * reason's text ({@link #text(String)}) and has a label for counting like problems together ({@link #label()}).
 */
public enum ProblemKind {
    MALFORMED_ID("missing or malformed resource id", "missing or malformed resource id '", "'"),
    INVALID_NHS_NUMBER("invalid NHS number", "invalid NHS number: ", ""),
    /** Counted by element: the detail is {@code Type.element}. */
    REQUIRED_ELEMENT_MISSING("required element missing", "required element ", " is missing"),
    UNSUPPORTED_CONDITIONAL_REFERENCE(
            "unsupported conditional reference",
            "unsupported conditional reference ",
            " (only Type?identifier=system|value is resolved)"),
    UNRESOLVABLE_REFERENCE("unresolvable reference", "unresolvable reference ", ""),
    AMBIGUOUS_CONDITIONAL_REFERENCE("ambiguous conditional reference", "ambiguous conditional reference ", ""),
    IMPOSSIBLE_DATE("impossible date", "impossible date ", ""),
    DATE_IN_FUTURE("date in the future", "date in the future: ", ""),
    DATE_TOO_EARLY("date before 1880", "date before 1880: ", ""),
    /** The detail is the whole sentence ({@code death (2020-01-01) before birth (2021-01-01)}). */
    DEATH_BEFORE_BIRTH("death before birth", "", ""),
    UNKNOWN_CODE("unknown code", "unknown code: ", ""),
    NOT_FHIR_JSON("not valid FHIR R4 JSON", "not valid FHIR R4 JSON: ", ""),
    /** An error of base R4 validation (HAPI's instance validator), with its location. */
    R4_INVALID("R4", "R4: ", ""),
    /** The resource names an organisation the writer may not write for (the detail is the whole sentence). */
    FOREIGN_AUTHOR("names an organisation the writer may not write for", "", ""),
    /** The resource changes one another organisation recorded (the detail is the whole sentence). */
    RECORDED_BY_ANOTHER("recorded by another organisation", "", ""),
    /** A member of staff wrote about a patient not yet in the record (the detail is the whole sentence). */
    PATIENT_NOT_IN_RECORD("patient not in the record yet", "", ""),
    /** A member of staff may not write about the person (the detail is the whole sentence, with the access decision). */
    NO_WRITE_ACCESS("no write access to the person", "", ""),
    /** A FHIR transaction's entry stored nothing because another entry failed (no detail). */
    TRANSACTION_FAILED("not stored", "not stored: another resource of the transaction failed", ""),
    /** An HL7 v2 message that could not be read or mapped (the detail is the whole sentence). */
    HL7V2_UNREADABLE("HL7 v2 message not read", "", ""),
    /** An HL7 v2 A40 merge that was not done (the detail is the whole sentence). */
    A40_NOT_MERGED("A40 merge not done", "", ""),
    /** Quarantined before kinds were kept (V160) with a reason of none of the kinds above (the detail is the reason). */
    OTHER("other", "", "");

    private final String label;
    private final String before;
    private final String after;

    ProblemKind(String label, String before, String after) {
        this.label = label;
        this.before = before;
        this.after = after;
    }

    /** What problems of this kind are counted as, on the data quality page. */
    public String label() {
        return label;
    }

    /** The reason's text for one problem of this kind. */
    public String text(String detail) {
        return before + (detail == null ? "" : detail) + after;
    }

    /** Whether like problems are counted apart by their detail (a missing element by its name). */
    boolean countedByDetail() {
        return this == REQUIRED_ELEMENT_MISSING;
    }
}
