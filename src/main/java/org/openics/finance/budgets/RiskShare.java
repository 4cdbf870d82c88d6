package org.openics.finance.budgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.openics.finance.PooledFund;
import org.openics.finance.SystemPosition.PartnerShare;
import org.openics.kernel.Money;

/**
 * Splits a pool's variance between its partners under the risk-share agreement: weights are the contributions or the
 * agreed percentages; an overspend share stops at the partner's cap and the rest is re-split between the partners not
 * yet capped; what no partner can take falls to the host (noted). Every split is largest remainder, to the penny.
 */
public final class RiskShare {

    private RiskShare() {}

    public static List<PartnerShare> split(PooledFund pool, Money variance, List<String> notes) {
        List<PooledFund.Partner> partners = pool.partners();
        int n = partners.size();
        List<BigDecimal> weights = partners.stream()
                .map(p -> pool.basis() == PooledFund.RiskBasis.AGREED_PERCENTAGES
                        ? p.agreedPercent().orElseThrow()
                        : BigDecimal.valueOf(p.contribution().pence()))
                .toList();
        BigDecimal weightTotal = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long[] carried = new long[n];
        boolean[] capped = new boolean[n];
        if (weightTotal.signum() == 0 || variance.isZero()) {
            return shares(pool, weights, weightTotal, carried, capped);
        }
        long remaining = variance.pence();
        if (remaining < 0) {
            List<Money> parts = variance.allocate(weights);
            for (int i = 0; i < n; i++) {
                carried[i] = parts.get(i).pence();
            }
            return shares(pool, weights, weightTotal, carried, capped);
        }
        while (remaining > 0) {
            List<Integer> active = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!capped[i] && weights.get(i).signum() > 0) {
                    active.add(i);
                }
            }
            if (active.isEmpty()) {
                int host = hostIndex(pool);
                carried[host] += remaining;
                notes.add(Money.ofPence(remaining)
                        + " of the overspend is beyond every partner's cap and falls to the host, "
                        + partners.get(host).name() + ".");
                break;
            }
            List<Money> parts = Money.ofPence(remaining)
                    .allocate(active.stream().map(weights::get).toList());
            boolean overflow = false;
            for (int k = 0; k < active.size(); k++) {
                int i = active.get(k);
                if (partners.get(i).cap().isPresent()
                        && carried[i] + parts.get(k).pence()
                                > partners.get(i).cap().get().pence()) {
                    overflow = true;
                }
            }
            if (!overflow) {
                for (int k = 0; k < active.size(); k++) {
                    carried[active.get(k)] += parts.get(k).pence();
                }
                remaining = 0;
                break;
            }
            for (int k = 0; k < active.size(); k++) {
                int i = active.get(k);
                long cap = partners.get(i).cap().map(Money::pence).orElse(Long.MAX_VALUE);
                if (carried[i] + parts.get(k).pence() > cap) {
                    remaining -= cap - carried[i];
                    carried[i] = cap;
                    capped[i] = true;
                }
            }
        }
        return shares(pool, weights, weightTotal, carried, capped);
    }

    private static int hostIndex(PooledFund pool) {
        for (int i = 0; i < pool.partners().size(); i++) {
            if (pool.partners().get(i).organisation().equals(pool.host())) {
                return i;
            }
        }
        throw new IllegalStateException("the host is a partner");
    }

    private static List<PartnerShare> shares(
            PooledFund pool, List<BigDecimal> weights, BigDecimal total, long[] carried, boolean[] capped) {
        List<PartnerShare> shares = new ArrayList<>();
        for (int i = 0; i < pool.partners().size(); i++) {
            PooledFund.Partner p = pool.partners().get(i);
            BigDecimal percent = total.signum() == 0
                    ? BigDecimal.ZERO
                    : weights.get(i).movePointRight(2).divide(total, 2, RoundingMode.HALF_EVEN);
            shares.add(new PartnerShare(
                    p.organisation(),
                    p.name(),
                    p.kind(),
                    p.contribution(),
                    percent,
                    Money.ofPence(carried[i]),
                    capped[i]));
        }
        return shares;
    }
}
