/** The demo finances of the built-in synthetic ICS: weighted populations, an allocation, budgets, pooled funds and a ledger (pure, deterministic). */
package org.openics.finance.demo;
