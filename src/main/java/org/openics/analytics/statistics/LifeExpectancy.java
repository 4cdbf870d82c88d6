package org.openics.analytics.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Life expectancy at each start age from an abridged life table of 20 bands (0, 1-4, 5-9 ... 85-89, 90+),
 * completed by Chiang's method II (Chiang 1968), with Silcocks' variance term for the open last band
 * (Silcocks et al. 2001), as in the PHE life expectancy calculator and PHEindicatormethods.
 *
 * <p>Suppression follows the published rules: the whole table when any band has negative deaths, a
 * population of zero or less, more deaths than population, a band missing, or the total population is
 * 5,000 or less; and one age's value (not its limits) when its 95% interval is wider than 20 years.
 */
public final class LifeExpectancy {

    /** The start ages of the 20 bands. */
    public static final List<Integer> START_AGES =
            List.of(0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);

    /** Tables whose total population is at most this are too small for a robust life expectancy. */
    public static final double MINIMUM_POPULATION = 5000;

    private static final double RADIX = 1e5;

    private LifeExpectancy() {}

    /** Life expectancy at one start age. */
    public record AtAge(int startAge, Estimate estimate) {}

    /**
     * Life expectancy at every start age, in age order. Bands may come in any order; a table that cannot be
     * computed yields every age suppressed, with the reason.
     */
    public static List<AtAge> of(List<LifeTableBand> bands, List<Confidence> levels) {
        List<LifeTableBand> table = new ArrayList<>(bands);
        table.sort(Comparator.comparingInt(LifeTableBand::startAge));
        Optional<String> problem = problem(table);
        if (problem.isPresent()) {
            List<Integer> ages = table.stream().map(LifeTableBand::startAge).toList();
            return ages.stream()
                    .map(age -> new AtAge(age, Estimate.suppressed(levels, problem.get())))
                    .toList();
        }
        return chiang(table, levels);
    }

    private static Optional<String> problem(List<LifeTableBand> table) {
        if (table.stream().anyMatch(b -> b.deaths() < 0)) {
            return Optional.of("some age bands have negative deaths");
        }
        if (table.stream().anyMatch(b -> !(b.population() > 0))) {
            return Optional.of("some age bands have a zero or less population");
        }
        if (!table.stream().map(LifeTableBand::startAge).toList().equals(START_AGES)) {
            return Optional.of("life expectancy needs exactly the 20 age bands starting " + START_AGES);
        }
        if (table.stream().anyMatch(b -> b.deaths() > b.population())) {
            return Optional.of("some age bands have more deaths than population");
        }
        if (table.stream().mapToDouble(LifeTableBand::population).sum() <= MINIMUM_POPULATION) {
            return Optional.of("total population of 5,000 or less");
        }
        return Optional.empty();
    }

    private static List<AtAge> chiang(List<LifeTableBand> table, List<Confidence> levels) {
        int k = table.size();
        double[] n = new double[k];
        double[] a = new double[k];
        double[] m = new double[k];
        double[] q = new double[k];
        double[] l = new double[k];
        double[] d = new double[k];
        double[] big = new double[k];
        double[] e = new double[k];
        double[] sp = new double[k];
        double[] weighted = new double[k];
        for (int i = 0; i < k; i++) {
            LifeTableBand band = table.get(i);
            a[i] = band.startAge() == 0 ? 0.1 : 0.5;
            m[i] = band.deaths() / band.population();
            // the open last band lasts on average 1/M; n = 2/M makes Chiang's q equal 1 there
            n[i] = i < k - 1 ? table.get(i + 1).startAge() - band.startAge() : 2 / m[i];
            q[i] = band.deaths() <= band.population() / n[i] / a[i] ? m[i] * n[i] / (1 + m[i] * n[i] * (1 - a[i])) : 1;
        }
        l[0] = RADIX;
        for (int i = 1; i < k; i++) {
            l[i] = l[i - 1] * (1 - q[i - 1]);
        }
        for (int i = 0; i < k; i++) {
            d[i] = l[i] - (i < k - 1 ? l[i + 1] : 0);
            big[i] = i < k - 1 ? n[i] * (l[i + 1] + a[i] * d[i]) : l[i] / m[i];
        }
        double t = 0;
        for (int i = k - 1; i >= 0; i--) {
            t += big[i];
            e[i] = l[i] == 0 ? 0 : t / l[i];
        }
        for (int i = 0; i < k; i++) {
            double deaths = table.get(i).deaths();
            if (i == k - 1) {
                sp[i] = 4 / (deaths * (m[i] * m[i]));
                weighted[i] = (l[i] / 2) * (l[i] / 2) * sp[i];
            } else {
                sp[i] = d[i] == 0 ? 0 : (q[i] * q[i]) * (1 - q[i]) / deaths;
                double years = (1 - a[i]) * n[i] + e[i + 1];
                weighted[i] = sp[i] * (l[i] * l[i]) * (years * years);
            }
        }
        double z95 = Confidence.NINETY_FIVE.z();
        List<AtAge> result = new ArrayList<>(k);
        double sumWeighted = 0;
        double[] se = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            sumWeighted += weighted[i];
            se[i] = Math.sqrt(sumWeighted / (l[i] * l[i]));
        }
        double[] z = levels.stream().mapToDouble(Confidence::z).toArray();
        for (int i = 0; i < k; i++) {
            double value = e[i];
            List<Limits> limits = new ArrayList<>(z.length);
            for (int c = 0; c < z.length; c++) {
                limits.add(new Limits(levels.get(c), value - z[c] * se[i], value + z[c] * se[i]));
            }
            Estimate estimate = new Estimate(Double.isInfinite(value) ? Double.NaN : value, limits);
            if (z95 * se[i] > 10) {
                estimate = estimate.withoutValue("95% confidence interval wider than 20 years");
            }
            result.add(new AtAge(table.get(i).startAge(), estimate));
        }
        return List.copyOf(result);
    }
}
