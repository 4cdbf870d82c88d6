/**
 * The indicator engine and its pure rules, free of frameworks: the engine over the aggregated sums (filled by
 * DuckDB in internal), deaths attributable to socioeconomic inequality, Fingertips-style comparisons with a
 * benchmark, and small-number suppression.
 */
package org.openics.analytics.indicators;
