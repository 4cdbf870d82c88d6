/** Analysis of responses and of the panel: counts with small-number suppression, representativeness against the population (pure). */
package org.openics.engagement.analysis;
