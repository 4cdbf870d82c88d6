/** Oversight-framework-style segmentation of places: a score of 1 to 4 per indicator, averaged to a segment. */
package org.openics.dashboard.segmentation;
