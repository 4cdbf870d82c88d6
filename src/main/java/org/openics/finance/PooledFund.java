package org.openics.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;
import org.openics.kernel.PlaceCode;

/**
 * A pooled budget (a section 75 agreement, the Better Care Fund): partners' contributions, the host that runs it, and
 * the risk-share agreement that splits an over- or underspend between the partners.
 */
public record PooledFund(
        String code, String name, OdsCode host, PlaceCode place, String year, RiskBasis basis, List<Partner> partners) {

    public PooledFund {
        if (code == null
                || !code.matches("[A-Z0-9][A-Z0-9._-]{0,39}")
                || name == null
                || name.isBlank()
                || basis == null) {
            throw new IllegalArgumentException(
                    "a pooled fund needs a code (capitals, digits, . _ -), a name and a risk-share basis");
        }
        FinancialYear.parse(year);
        partners = List.copyOf(partners);
        if (partners.size() < 2) {
            throw new IllegalArgumentException("pooled fund " + code + " needs at least two partners");
        }
        if (partners.stream().noneMatch(p -> p.organisation().equals(host))) {
            throw new IllegalArgumentException(
                    "the host of pooled fund " + code + " (" + host + ") must be one of its partners");
        }
        if (basis == RiskBasis.AGREED_PERCENTAGES) {
            BigDecimal total = partners.stream()
                    .map(p -> p.agreedPercent()
                            .orElseThrow(() -> new IllegalArgumentException("pooled fund " + code
                                    + " shares risk by agreed percentages: every partner needs one")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
                throw new IllegalArgumentException("the agreed percentages of pooled fund " + code + " add up to "
                        + total.toPlainString() + "%, not 100%");
            }
        }
    }

    public Money total() {
        return Money.sum(partners.stream().map(Partner::contribution).toList());
    }

    /** How over- and underspends are split. */
    public enum RiskBasis {
        BY_CONTRIBUTION("in proportion to contributions"),
        AGREED_PERCENTAGES("by agreed percentages");

        private final String label;

        RiskBasis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What kind of body a partner is: councils must break even; NHS bodies may run a deficit. */
    public enum PartnerKind {
        COUNCIL,
        NHS
    }

    /**
     * A partner's contribution and its part of the risk share.
     *
     * @param cap the most of an overspend the partner carries (empty: no cap)
     */
    public record Partner(
            OdsCode organisation,
            String name,
            PartnerKind kind,
            Money contribution,
            Optional<BigDecimal> agreedPercent,
            Optional<Money> cap) {
        public Partner {
            if (organisation == null || kind == null || contribution == null || contribution.isNegative()) {
                throw new IllegalArgumentException(
                        "a partner needs an organisation, a kind and a contribution of £0 or more");
            }
            name = name == null || name.isBlank() ? organisation.value() : name;
            agreedPercent = agreedPercent == null ? Optional.empty() : agreedPercent;
            cap = cap == null ? Optional.empty() : cap;
        }
    }
}
