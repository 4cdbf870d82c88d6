package org.openics.development;

import java.util.Locale;
import java.util.Optional;

/** A red / amber / green rating, with complete for a condition that is met for good. */
public enum Rag {
    RED("Red", "Not in place, and not on course"),
    AMBER("Amber", "Partly in place, or at risk"),
    GREEN("Green", "In place, or on course"),
    COMPLETE("Complete", "Met and sustained");

    private final String label;
    private final String meaning;

    Rag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** Accepts the name or the label in any case ("amber", "Complete"); empty when it is neither. */
    public static Optional<Rag> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (Rag rag : values()) {
            if (rag.name().equals(wanted)) {
                return Optional.of(rag);
            }
        }
        return Optional.empty();
    }
}
