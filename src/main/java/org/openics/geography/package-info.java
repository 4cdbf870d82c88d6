/**
 * Geography: the boundaries of places and small areas (LSOAs) imported from GeoJSON, kept projected so that
 * maps are drawn without reading the files again. The entry point is {@link org.openics.geography.Boundaries}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Geography",
        allowedDependencies = {"kernel"})
package org.openics.geography;
