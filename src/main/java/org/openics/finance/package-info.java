/**
 * Finance: the single pound of the integrated care system — need indices from NHS England's weighted populations,
 * allocation runs that converge places on their need-weighted targets, budgets delegated under the scheme of
 * reservation and delegation, pooled funds with councils and their risk share, ledger actuals, forecasts and the
 * system financial position. The entry point is {@link org.openics.finance.Finance}; money is
 * {@link org.openics.kernel.Money} (whole pence) throughout.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Finance",
        allowedDependencies = {"kernel", "platform", "registry", "governance", "analytics"})
package org.openics.finance;
