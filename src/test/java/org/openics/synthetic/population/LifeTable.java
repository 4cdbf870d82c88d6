package org.openics.synthetic.population;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** Period life expectancy at birth from one year of deaths: an abridged life table in five-year bands (Chiang). */
final class LifeTable {

    private static final int BANDS = 19;

    private LifeTable() {}

    static double expectancyAtBirth(List<Person> people, Predicate<Person> who, LocalDate asAt) {
        double[] alive = new double[BANDS];
        double[] deaths = new double[BANDS];
        LocalDate start = asAt.minusYears(1);
        for (Person p : people) {
            if (!who.test(p)) {
                continue;
            }
            int band = Math.min(BANDS - 1, p.ageOn(start) / 5);
            alive[band]++;
            if (p.deathDate() != null) {
                deaths[band]++;
            }
        }
        double survivors = 1.0;
        double years = 0;
        for (int band = 0; band < BANDS; band++) {
            double exposure = Math.max(1, alive[band] - deaths[band] / 2);
            double m = deaths[band] / exposure;
            if (band == BANDS - 1) {
                years += m > 0 ? survivors / m : survivors * 5;
                break;
            }
            double q = Math.min(1, 5 * m / (1 + 2.5 * m));
            double dying = survivors * q;
            years += 5 * (survivors - dying) + 2.5 * dying;
            survivors -= dying;
        }
        return years;
    }
}
