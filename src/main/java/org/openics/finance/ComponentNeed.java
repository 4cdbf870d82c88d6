package org.openics.finance;

import java.math.BigDecimal;

/**
 * One unit's need in one component: its weighted and registered populations (over the practices that have a published
 * value for the component) and its relative need index, (weighted ÷ registered for the unit) ÷ (weighted ÷ registered
 * for the ICB). {@code practicesLeftOut} counts practices whose component was published blank.
 */
public record ComponentNeed(
        NeedComponent component, BigDecimal weighted, BigDecimal registered, BigDecimal index, int practicesLeftOut) {}
