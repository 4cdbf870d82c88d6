/** Statistically honest RAG ratings: against a target where there is one, otherwise significance against the benchmark. */
package org.openics.dashboard.rag;
