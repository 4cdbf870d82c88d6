package org.openics.analytics.indicators;

import java.util.List;
import java.util.Optional;
import org.openics.analytics.Statistic;
import org.openics.analytics.ValidityNote;
import org.openics.analytics.ValidityNote.Reason;
import org.openics.analytics.statistics.SlopeIndex;

/**
 * When the slope and relative index of inequality may be published, following OHID's Fingertips technical guidance
 * ("Slope index of inequality (SII) and relative index of inequality (RII)", Public health technical guidance) and
 * PHEindicatormethods' {@code phe_sii}: every quantile needs a value, its interval and a non-zero population (an area
 * without every quantile gets no SII). The quantiles are the deprivation deciles within the area, as OHID's local SII
 * uses (national deciles leave a borough's quantiles empty). On top of that, as OpenICS publishes only what is valid for
 * its data:
 * <ul>
 * <li>no SII from suppressed cells: all ten deprivation deciles must themselves be published;</li>
 * <li>each decile built on at least {@link #MINIMUM_EVENTS} events (the threshold below which a DSR is not calculated),
 *     so that no decile's noise makes the slope;</li>
 * <li>not for counts (they grow with the decile's size) or for measures of inequality themselves (deaths attributable
 *     to deprivation are already a comparison with the least deprived);</li>
 * <li>the SII's simulated interval must contain the SII, and for a share may not span more than the share can
 *     (plus or minus 100%);</li>
 * <li>the RII = fitted value at the least deprived end / fitted value at the most deprived end only where both fitted
 *     values are positive, and its interval positive and around it.</li>
 * </ul>
 */
public final class InequalityMethod {

    public static final int DECILES = 10;
    public static final int MINIMUM_EVENTS = 10;

    private InequalityMethod() {}

    /** One decile's published figure (or its absence). */
    public record Decile(int decile, boolean published, double events, double population) {}

    /** Why an SII must not be computed for these deciles, or empty when it may. */
    public static Optional<ValidityNote> applicability(
            Statistic statistic, boolean measureOfInequality, List<Decile> deciles) {
        if (statistic == Statistic.COUNT) {
            return note(
                    Reason.NOT_APPLICABLE,
                    "a count grows with the size of each decile; compare rates or shares instead");
        }
        if (measureOfInequality) {
            return note(Reason.NOT_APPLICABLE, "this indicator is itself a measure of inequality by deprivation");
        }
        long published = deciles.stream()
                .filter(d -> d.published() && d.population() > 0)
                .count();
        if (published < DECILES) {
            List<Integer> missing = java.util.stream.IntStream.rangeClosed(1, DECILES)
                    .boxed()
                    .filter(n ->
                            deciles.stream().noneMatch(d -> d.decile() == n && d.published() && d.population() > 0))
                    .toList();
            return note(
                    Reason.TOO_FEW_DECILES,
                    published + " of " + DECILES + " deciles published; not published: " + missing);
        }
        List<Integer> thin = deciles.stream()
                .filter(d -> d.events() < MINIMUM_EVENTS)
                .map(Decile::decile)
                .toList();
        if (!thin.isEmpty()) {
            return note(Reason.TOO_FEW_EVENTS, "fewer than " + MINIMUM_EVENTS + " events in decile(s) " + thin);
        }
        return Optional.empty();
    }

    /** The published SII and RII (each with its 95% limits) or the reason each is not calculated. */
    public record Outcome(
            Double sii,
            Double siiLower95,
            Double siiUpper95,
            Optional<ValidityNote> siiNote,
            Double rii,
            Double riiLower95,
            Double riiUpper95,
            Optional<ValidityNote> riiNote) {

        static Outcome notCalculated(ValidityNote note) {
            return new Outcome(null, null, null, Optional.of(note), null, null, null, Optional.of(note));
        }
    }

    /** Nothing calculated, for the reason given (both indices). */
    public static Outcome none(ValidityNote reason) {
        return Outcome.notCalculated(reason);
    }

    /**
     * Judges a computed index (untransformed regression, limits at 95% first).
     *
     * @param multiplier the multiplier the SII was scaled by (the slope in the value's units is {@code sii / multiplier})
     * @param shareOf    for a share, its multiplier (100 for %), else NaN
     */
    public static Outcome judge(SlopeIndex index, double multiplier, double shareOf) {
        SlopeIndex.Bounds b = index.limits().get(0);
        double sii = Validity.unsigned(index.sii());
        double lo = Validity.unsigned(b.siiLower());
        double hi = Validity.unsigned(b.siiUpper());
        Optional<ValidityNote> siiNote = Optional.empty();
        if (!Double.isFinite(sii) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            siiNote = note(Reason.NOT_FINITE, "SII " + sii + ", limits " + lo + " to " + hi);
        } else if (lo > sii || sii > hi) {
            siiNote = note(
                    Reason.INTERVAL_NOT_VALID,
                    String.format(java.util.Locale.ROOT, "SII %.4g outside its interval %.4g to %.4g", sii, lo, hi));
        } else if (Double.isFinite(shareOf) && (lo < -shareOf || hi > shareOf)) {
            siiNote = note(
                    Reason.INTERVAL_NOT_VALID,
                    String.format(
                            java.util.Locale.ROOT,
                            "interval %.4g to %.4g spans more than a difference of shares can (%.0f either way)",
                            lo,
                            hi,
                            shareOf));
        }
        if (siiNote.isPresent()) {
            return Outcome.notCalculated(siiNote.get());
        }
        double mostDeprived = index.intercept();
        double leastDeprived = index.intercept() + index.sii() / multiplier;
        double rii = Validity.unsigned(index.rii());
        double rlo = Validity.unsigned(b.riiLower());
        double rhi = Validity.unsigned(b.riiUpper());
        Optional<ValidityNote> riiNote = Optional.empty();
        if (!(mostDeprived > 0) || !(leastDeprived > 0)) {
            riiNote = note(
                    Reason.FITTED_NOT_POSITIVE,
                    String.format(
                            java.util.Locale.ROOT,
                            "fitted value %.4g at the most deprived end, %.4g at the least deprived",
                            mostDeprived,
                            leastDeprived));
        } else if (!Double.isFinite(rii) || !Double.isFinite(rlo) || !Double.isFinite(rhi)) {
            riiNote = note(Reason.NOT_FINITE, "RII " + rii + ", limits " + rlo + " to " + rhi);
        } else if (!(rlo > 0) || rlo > rii || rii > rhi) {
            riiNote = note(
                    Reason.INTERVAL_NOT_VALID,
                    String.format(
                            java.util.Locale.ROOT,
                            "RII %.4g with simulated interval %.4g to %.4g (some simulations fit a value of zero or less at one end)",
                            rii,
                            rlo,
                            rhi));
        }
        return riiNote.isPresent()
                ? new Outcome(sii, lo, hi, Optional.empty(), null, null, null, riiNote)
                : new Outcome(sii, lo, hi, Optional.empty(), rii, rlo, rhi, Optional.empty());
    }

    private static Optional<ValidityNote> note(Reason reason, String detail) {
        return Optional.of(new ValidityNote(reason, detail));
    }
}
