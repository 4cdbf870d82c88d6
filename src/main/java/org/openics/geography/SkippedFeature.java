package org.openics.geography;

/** A feature of a GeoJSON file that was not stored, and why (position counts from 1). */
public record SkippedFeature(int position, String code, String reason) {}
