package org.openics.estates;

import org.openics.kernel.Money;

/** The cost to eradicate backlog maintenance on a site, by risk (high risk first: it threatens safety or service). */
public record Backlog(Money high, Money significant, Money moderate, Money low) {

    public static final Backlog NONE = new Backlog(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public Backlog {
        for (Money m : new Money[] {high, significant, moderate, low}) {
            if (m == null || m.isNegative()) {
                throw new IllegalArgumentException("backlog costs are zero or more");
            }
        }
    }

    public Money total() {
        return high.plus(significant).plus(moderate).plus(low);
    }

    /** High and significant risk: what is prioritised first. */
    public Money critical() {
        return high.plus(significant);
    }

    public Backlog plus(Backlog o) {
        return new Backlog(
                high.plus(o.high), significant.plus(o.significant), moderate.plus(o.moderate), low.plus(o.low));
    }
}
