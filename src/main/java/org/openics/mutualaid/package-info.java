/**
 * Mutual aid: the ICS's waiting lists across providers (from the record's pseudonymised facts through analytics), the
 * requests and offers of capacity between providers with the patient's consent, travel willingness and clinical
 * suitability before any move, and the optimiser that finds the best system-wide plan of transfers within capacity,
 * travel limits and the deprivation gap. The entry point is {@link org.openics.mutualaid.MutualAid}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Mutual aid",
        allowedDependencies = {
            "kernel",
            "platform",
            "registry",
            "record",
            "analytics",
            "analytics :: statistics",
            "geography"
        })
package org.openics.mutualaid;
