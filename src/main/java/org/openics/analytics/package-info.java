/**
 * Analytics: population health numbers that public health analysts trust — the statistics library
 * ({@link org.openics.analytics.statistics}) reproducing the OHID/PHE methods, and the indicator
 * catalogue computed from the record's pseudonymised facts at every level of the system. The entry
 * point is {@link org.openics.analytics.PopulationHealth}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Analytics",
        allowedDependencies = {"kernel", "platform", "registry", "record"})
package org.openics.analytics;
