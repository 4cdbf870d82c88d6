package org.openics.finance;

/** Why an input line was not loaded. */
public enum RejectionKind {
    SHORT_ROW("the row has fewer columns than the header"),
    MISSING_VALUE("a required value is missing"),
    BAD_CODE("a code is not in the expected shape"),
    BAD_NUMBER("a value is not a number"),
    NEGATIVE("a value is negative"),
    NOT_POSITIVE("a value must be more than zero"),
    DUPLICATE("the same key appears twice in the file"),
    BAD_PERIOD("a period is not a month of the form YYYY-MM"),
    BAD_AMOUNT("an amount is not pounds and pence"),
    UNKNOWN_BUDGET("the budget code is not a known budget"),
    WRONG_ORGANISATION("the organisation does not hold that budget");

    private final String meaning;

    RejectionKind(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
