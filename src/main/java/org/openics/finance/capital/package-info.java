/**
 * Capital prioritisation for the whole system: capital bids scored on the board's weighted criteria, the portfolio
 * chosen within a multi-year envelope by an exact optimiser (OR-Tools CP-SAT) with its proven bound and gap, the
 * marginal bids and a sensitivity report. Pure: no Spring, JDBC or web types; {@link
 * org.openics.finance.capital.CapitalPlanner} is the way in (docs/finance-capital.md).
 */
@org.springframework.modulith.NamedInterface("capital")
package org.openics.finance.capital;
