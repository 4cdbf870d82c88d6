/** The demo ICS's treatment sites (real locations), a nearby independent-sector provider and synthetic capacity (pure). */
package org.openics.mutualaid.demo;
