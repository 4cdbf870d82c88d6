/**
 * Estates: one estate across the ICS's partners — sites (ODS site codes, address, coordinates, owner, tenure, floor
 * area, condition, backlog maintenance by risk, running cost, utilisation by room type, void space, carbon),
 * effective-dated and imported from ERIC-shaped site returns; local care hubs with the services they host for which
 * PCNs and the travel distance from the population served; estate plans (disposals, relocations, new hubs) with a
 * reference to a capital bid. The entry point is {@link org.openics.estates.Estates}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Estates",
        allowedDependencies = {"kernel", "platform", "registry", "geography", "finance", "finance :: capital"})
package org.openics.estates;
