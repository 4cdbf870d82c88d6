package org.openics.record;

/**
 * The two opt-outs a resident in England can hold against uses of their data beyond their own care, as NHS England
 * defines them (docs/opt-outs.md).
 */
public enum OptOutKind {
    /** The national data opt-out: no confidential patient information used for research or planning. */
    NATIONAL(
            "national data opt-out",
            "Your information is still used to care for you. It is left out of the figures the system uses to plan"
                    + " services and of any data shared for research or planning."),
    /** The type 1 opt-out, registered with the GP practice: no information from the GP record leaves it for purposes beyond care. */
    TYPE1(
            "type 1 opt-out",
            "Your GP practice does not share information from your GP record for anything except your care. OpenICS"
                    + " leaves all your information out of planning figures and exports while it holds this opt-out.");

    private final String label;
    private final String effect;

    OptOutKind(String label, String effect) {
        this.label = label;
        this.effect = effect;
    }

    /** As residents and staff name it. */
    public String label() {
        return label;
    }

    /** What holding it changes, in plain English. */
    public String effect() {
        return effect;
    }

    /** {@code national} or {@code type1} (any case, a dash or underscore allowed), or null. */
    public static OptOutKind parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim()
                .toLowerCase(java.util.Locale.ROOT)
                .replace("-", "")
                .replace("_", "")
                .replace(" ", "")) {
            case "national", "nationaldataoptout", "ndoo" -> NATIONAL;
            case "type1", "type1optout" -> TYPE1;
            default -> null;
        };
    }
}
