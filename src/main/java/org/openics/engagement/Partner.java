package org.openics.engagement;

/** A Healthwatch, voluntary or community organisation, or the health innovation network; place empty for system-wide. */
public record Partner(String code, String name, PartnerKind kind, String place) {}
