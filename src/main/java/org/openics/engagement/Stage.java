package org.openics.engagement;

import java.util.Optional;

/** The stages of the innovation pipeline, in order; each is entered through a gate (innovation.StageGates). */
public enum Stage {
    NEED("Need identified"),
    OPPORTUNITY("Opportunity found"),
    VALIDATION("Validated"),
    ADOPTION("Adopting and spreading");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Optional<Stage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
