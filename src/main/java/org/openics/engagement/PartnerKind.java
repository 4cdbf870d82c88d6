package org.openics.engagement;

/** The partners engagement works with. */
public enum PartnerKind {
    HEALTHWATCH("Healthwatch"),
    VCSE("Voluntary, community or social enterprise"),
    HEALTH_INNOVATION_NETWORK("Health innovation network (AHSN)");

    private final String label;

    PartnerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
