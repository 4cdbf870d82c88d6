/**
 * The pure rules of the indicator engine, free of frameworks: deaths attributable to socioeconomic
 * inequality, Fingertips-style comparisons with a benchmark, and small-number suppression.
 */
package org.openics.analytics.indicators;
