/**
 * Registry: the living model of the integrated care system as a system of systems — nation, region,
 * ICB, place, PCN, practice and small areas — with organisations, partnerships, coverage and
 * populations, every link effective-dated. The entry point is {@link org.openics.registry.Registry}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Registry",
        allowedDependencies = {"kernel", "platform"})
package org.openics.registry;
