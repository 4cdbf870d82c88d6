/** Workforce plans against need: the straight-line trajectory from a baseline to a target rate, gaps and progress. */
package org.openics.workforce.planning;
