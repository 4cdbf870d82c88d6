package org.openics.governance;

/** Kinds of function in a scheme of reservation and delegation. */
public enum FunctionCategory {
    KEY_FUNCTION("Key function of the ICB"),
    STATUTORY_DUTY("Statutory duty"),
    COMMISSIONING("Commissioning function");

    private final String label;

    FunctionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
