package org.openics.governance;

/** The categories of declared interest in NHS England's guidance on managing conflicts of interest. */
public enum InterestKind {
    FINANCIAL("Financial interest"),
    NON_FINANCIAL_PROFESSIONAL("Non-financial professional interest"),
    NON_FINANCIAL_PERSONAL("Non-financial personal interest"),
    INDIRECT("Indirect interest");

    private final String label;

    InterestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
