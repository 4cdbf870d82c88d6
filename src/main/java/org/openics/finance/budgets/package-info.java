/** Budgets: delegated authority for a budget, pooled funds and their risk share, ledger actuals, forecasts and RAG (pure). */
package org.openics.finance.budgets;
