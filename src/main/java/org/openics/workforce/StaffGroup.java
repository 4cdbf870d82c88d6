package org.openics.workforce;

import java.util.Locale;
import java.util.Optional;

/**
 * The staff groups the ICS plans by: the NHS occupation code groups of the hospital and community workforce, the
 * general practice workforce collection's groups, and social care. {@link #fromPublished} reads the names the
 * published files use.
 */
public enum StaffGroup {
    MEDICAL("Medical and dental"),
    NURSING_MIDWIFERY("Nursing and midwifery"),
    AHP("Allied health professionals"),
    SCIENTIFIC("Scientific, therapeutic and technical"),
    SUPPORT("Support and infrastructure"),
    GP("General practitioners"),
    PRACTICE_STAFF("Practice staff (direct patient care and administration)"),
    SOCIAL_CARE("Social care");

    private final String label;

    StaffGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The group of a staff group name as NHS Workforce Statistics publishes it ("HCHS doctors", "Nurses &amp; health
     * visitors", "Midwives", "Ambulance staff", "Scientific, therapeutic &amp; technical staff", "Support to ...",
     * "Central functions", "Hotel, property &amp; estates", "Senior managers", "Managers"), or this enum's own name.
     */
    public static Optional<StaffGroup> fromPublished(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace("&", "and");
        for (StaffGroup g : values()) {
            if (g.name().equalsIgnoreCase(n.replace(' ', '_')) || g.label.equalsIgnoreCase(n)) {
                return Optional.of(g);
            }
        }
        if (n.startsWith("support to")
                || n.equals("central functions")
                || n.startsWith("hotel")
                || n.contains("managers")
                || n.equals("infrastructure support")) {
            return Optional.of(SUPPORT);
        }
        if (n.contains("doctor") || n.equals("medical")) {
            return Optional.of(MEDICAL);
        }
        if (n.startsWith("nurses") || n.equals("midwives") || n.contains("health visitors") || n.equals("nurses")) {
            return Optional.of(NURSING_MIDWIFERY);
        }
        if (n.equals("ambulance staff") || n.contains("allied health")) {
            return Optional.of(AHP);
        }
        if (n.startsWith("scientific")) {
            return Optional.of(SCIENTIFIC);
        }
        if (n.equals("gps") || n.equals("gp")) {
            return Optional.of(GP);
        }
        if (n.contains("social care")) {
            return Optional.of(SOCIAL_CARE);
        }
        return Optional.empty();
    }
}
