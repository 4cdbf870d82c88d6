/** The site map (pure): sites over places in Web Mercator, drawn as SVG with no external tiles. */
package org.openics.estates.map;
