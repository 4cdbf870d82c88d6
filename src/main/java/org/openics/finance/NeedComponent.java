package org.openics.finance;

import java.util.Arrays;
import java.util.Optional;

/**
 * A component of NHS England's need-weighted capitation formula, named as in the weighted-populations file's header
 * (NHS England, "Technical guide to ICB allocations": core services are general and acute, community services, mental
 * health, maternity and prescribing, adjusted for health inequalities; primary medical care has its own formula).
 */
public enum NeedComponent {
    GENERAL_ACUTE("G&A WP", "General and acute"),
    COMMUNITY("CS WP", "Community services"),
    MENTAL_HEALTH("MH WP", "Mental health"),
    MATERNITY("Mat WP", "Maternity"),
    HEALTH_INEQUALITIES("Health Ineq WP", "Health inequalities"),
    PRESCRIBING("Prescr WP", "Prescribing"),
    FINAL("Final WP", "Core services (final)"),
    PRIMARY_MEDICAL_CARE("Primary Medical Care WP", "Primary medical care"),
    FINAL_PRIMARY_MEDICAL_CARE("Final PMC WP", "Primary medical care (final)");

    private final String header;
    private final String label;

    NeedComponent(String header, String label) {
        this.header = header;
        this.label = label;
    }

    /** The column of the weighted-populations file, e.g. "G&A WP". */
    public String header() {
        return header;
    }

    public String label() {
        return label;
    }

    public static Optional<NeedComponent> byHeader(String header) {
        return Arrays.stream(values()).filter(c -> c.header.equals(header)).findFirst();
    }

    /** By header ("G&A WP") or enum name ("GENERAL_ACUTE"), case-insensitive. */
    public static Optional<NeedComponent> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values())
                .filter(c -> c.header.equalsIgnoreCase(t) || c.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
