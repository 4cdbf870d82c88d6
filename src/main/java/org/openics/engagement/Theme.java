package org.openics.engagement;

/** A theme staff code free-text answers into, e.g. "evening-appointments" / "Evening and weekend appointments". */
public record Theme(String code, String label) {}
