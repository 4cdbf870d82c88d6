/** The transfer optimiser: exact aggregation of waiters into groups, min-cost flow, and the linear programme with the equity constraint (OR-Tools). */
package org.openics.mutualaid.optimiser;
