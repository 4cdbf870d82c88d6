/** The innovation pipeline's rules: stage gates, and before/after of the targeted indicator where adopted and not (pure). */
package org.openics.engagement.innovation;
