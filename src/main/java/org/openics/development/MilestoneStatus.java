package org.openics.development;

import java.util.Locale;
import java.util.Optional;

/** Where a milestone of the development plan stands. */
public enum MilestoneStatus {
    NOT_STARTED("Not started"),
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    LATE("Late"),
    COMPLETE("Complete");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the name or the label in any case ("at risk", "AT_RISK"). */
    public static Optional<MilestoneStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (MilestoneStatus status : values()) {
            if (status.name().equals(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
