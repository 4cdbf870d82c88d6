/** Diagnostics across the system: the six-week standard per provider and modality, demand against supply, and balancing. */
package org.openics.mutualaid.diagnostics;
