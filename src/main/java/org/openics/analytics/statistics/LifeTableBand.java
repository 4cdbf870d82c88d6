package org.openics.analytics.statistics;

/** One band of an abridged life table: its start age (0, 1, 5, 10 ... 90), deaths and population. */
public record LifeTableBand(int startAge, double deaths, double population) {}
