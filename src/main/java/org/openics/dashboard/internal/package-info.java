/** The dashboard's web adapters: page controllers, CSV and SVG downloads, and the registry look-ups that name areas. */
package org.openics.dashboard.internal;
