/** Checking GeoJSON features as boundaries (codes, geometry, coordinates) and projecting them: pure logic. */
package org.openics.geography.shapes;
