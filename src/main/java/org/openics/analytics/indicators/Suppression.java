package org.openics.analytics.indicators;

import java.util.Optional;
import org.openics.analytics.Statistic;

/**
 * Small-number suppression (statistical disclosure control), applied on top of each method's own rules
 * (e.g. a DSR from fewer than 10 events, a life table of 5,000 people or fewer):
 * <ul>
 * <li>a value built on an event or person count from 1 to 7 is withheld, with its numerator, denominator and
 *     limits (NHS Digital's HES rule of thumb: counts 1-7 are not published);</li>
 * <li>a proportion or crude rate whose denominator is under 10 is withheld (too few to mean anything and
 *     near-disclosive);</li>
 * <li>zero is shown: a count of nobody discloses nothing about a person.</li>
 * </ul>
 */
public final class Suppression {

    public static final int SMALLEST_SHOWN = 8;
    public static final int SMALLEST_DENOMINATOR = 10;

    private Suppression() {}

    /** Why a value is withheld, or empty when it may be shown. */
    public static Optional<String> reason(Statistic statistic, double events, double denominator) {
        if (statistic == Statistic.LIFE_EXPECTANCY) {
            return Optional.empty();
        }
        if (events > 0 && events < SMALLEST_SHOWN) {
            return Optional.of("fewer than " + SMALLEST_SHOWN + " events or people (counts 1-7 are not shown)");
        }
        if ((statistic == Statistic.PROPORTION || statistic == Statistic.CRUDE_RATE)
                && denominator < SMALLEST_DENOMINATOR) {
            return Optional.of("denominator under " + SMALLEST_DENOMINATOR);
        }
        return Optional.empty();
    }
}
