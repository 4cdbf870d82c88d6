/**
 * Analytics: population health numbers that public health analysts trust — for now the statistics
 * library ({@link org.openics.analytics.statistics}) reproducing the OHID/PHE methods; the facts store
 * and indicator catalogue follow once the shared care record emits its analytic facts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics", allowedDependencies = {"platform", "registry", "record"})
package org.openics.analytics;
