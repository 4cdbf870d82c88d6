package org.openics.governance;

/** A function of the ICB that the scheme reserves or delegates, with a plain-English description. */
public record GovernedFunction(String code, String name, FunctionCategory category, String plainEnglish) {

    public GovernedFunction {
        Codes.require(code, "function");
        if (name == null || name.isBlank() || category == null) {
            throw new IllegalArgumentException("function " + code + " needs a name and a category");
        }
        plainEnglish = plainEnglish == null ? "" : plainEnglish.strip();
    }
}
