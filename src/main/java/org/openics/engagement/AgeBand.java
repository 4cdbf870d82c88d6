package org.openics.engagement;

import java.util.Optional;

/**
 * The age bands a resident or panel member may give, the same as the registry's resident populations
 * ({@code RESIDENT_0_15}, {@code RESIDENT_16_59}, {@code RESIDENT_60_PLUS}), so that they compare with the population.
 */
public enum AgeBand {
    UNDER_16("Under 16"),
    AGE_16_TO_59("16 to 59"),
    AGE_60_PLUS("60 or over");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band named by its constant or its label; empty for blank or unknown. */
    public static Optional<AgeBand> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (AgeBand band : values()) {
            if (band.name().equalsIgnoreCase(text.trim()) || band.label.equalsIgnoreCase(text.trim())) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}
