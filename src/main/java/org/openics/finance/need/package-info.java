/** Need: reading NHS England's practice weighted populations and the relative need index of any grouping of practices (pure). */
package org.openics.finance.need;
