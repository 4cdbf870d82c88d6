/** Allocation: an envelope shared into programme budgets and need-weighted targets, and the pace-of-change path towards them (pure). */
package org.openics.finance.allocation;
