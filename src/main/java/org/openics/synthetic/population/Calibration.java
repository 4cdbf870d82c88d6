package org.openics.synthetic.population;

import java.util.Map;

/**
 * Published figures the population is drawn from, by local authority where they differ by place
 * (sources in docs/synthetic-population.md). Places without their own figures get England's.
 */
public final class Calibration {

    /** Age bands of the age-sex tables. */
    public static final int[] AGE_BAND_FLOORS = {0, 16, 30, 45, 65};

    public static final int OLDEST = 104;

    /**
     * Residents by sex and age band (0-15, 16-29, 30-44, 45-64, 65+), males then females: ONS small
     * area population estimates mid-2020 summed over each borough's LSOAs
     * (refdata sel/sel_lsoa11_population_mid2020.csv).
     */
    static final Map<String, int[]> AGE_SEX = Map.of(
            "E09000004", new int[] {26501, 20428, 25103, 30667, 17842, 25121, 20428, 27530, 32490, 23191},
            "E09000006", new int[] {34962, 23010, 34003, 42826, 25443, 32896, 22898, 38342, 45700, 32672},
            "E09000011", new int[] {32309, 26873, 39925, 33025, 14006, 31172, 25433, 37042, 32562, 16687},
            "E09000022", new int[] {28761, 35319, 51741, 34151, 12495, 26961, 39020, 43490, 34320, 15555},
            "E09000023", new int[] {32054, 27570, 43933, 34973, 12943, 30250, 28417, 42231, 36527, 16411},
            "E09000028", new int[] {30703, 34061, 47895, 35668, 12529, 29362, 35192, 43653, 35545, 15409});
    /** England mid-2022, thousands (ONS mid-year estimates, rounded). */
    static final int[] ENGLAND_AGE_SEX = {5530, 4930, 5600, 7180, 4800, 5260, 4720, 5720, 7400, 5680};

    /**
     * Broad ethnic group shares, per cent (White, Mixed, Asian, Black, Other): Census 2021 (TS021).
     * Lambeth from the census counts; Bromley's non-White total (23.5%) from Trust for London; the
     * split within it and the other boroughs are approximate (see docs).
     */
    static final Map<String, double[]> ETHNIC_GROUPS = Map.of(
            "E09000004", new double[] {71.9, 4.3, 9.3, 12.7, 1.8},
            "E09000006", new double[] {76.5, 5.4, 7.0, 8.8, 2.3},
            "E09000011", new double[] {55.7, 5.9, 13.4, 21.1, 3.9},
            "E09000022", new double[] {55.0, 8.1, 7.3, 24.0, 5.6},
            "E09000023", new double[] {51.5, 8.4, 9.3, 26.8, 4.0},
            "E09000028", new double[] {51.4, 7.2, 9.9, 25.1, 6.4});

    static final double[] ENGLAND_ETHNIC_GROUPS = {81.0, 3.0, 9.6, 4.2, 2.2};
    /** Share of GP records with ethnicity not stated. */
    static final double NOT_STATED = 0.05;
    /** Inner London boroughs have a larger "other White" population. */
    private static final java.util.Set<String> INNER =
            java.util.Set.of("E09000022", "E09000023", "E09000028", "E09000011");

    private Calibration() {}

    /** Age-sex weights (ten cells, males then females) for a local authority. */
    public static int[] ageSex(String localAuthority) {
        return AGE_SEX.getOrDefault(onsCode(localAuthority), ENGLAND_AGE_SEX);
    }

    /** The ONS code of a council, also from the demo's prefixed copies (LAZ-E09000022). */
    static String onsCode(String localAuthority) {
        return localAuthority.substring(localAuthority.lastIndexOf('-') + 1);
    }

    /** Weights over the ethnic categories, in {@link Ethnicity} order, for a local authority. */
    public static double[] ethnicity(String council) {
        String localAuthority = onsCode(council);
        double[] groups = ETHNIC_GROUPS.getOrDefault(localAuthority, ENGLAND_ETHNIC_GROUPS);
        boolean london = ETHNIC_GROUPS.containsKey(localAuthority);
        double[] white = !london
                ? new double[] {0.92, 0.01, 0.07}
                : INNER.contains(localAuthority) ? new double[] {0.66, 0.04, 0.30} : new double[] {0.88, 0.02, 0.10};
        double[][] within = {
            white,
            {0.30, 0.20, 0.20, 0.30},
            london ? new double[] {0.30, 0.10, 0.12, 0.48} : new double[] {0.40, 0.33, 0.14, 0.13},
            london ? new double[] {0.38, 0.54, 0.08} : new double[] {0.30, 0.55, 0.15},
            {0.30, 0.70}
        };
        double[] weights = new double[Ethnicity.values().length];
        int i = 0;
        for (int g = 0; g < within.length; g++) {
            for (double share : within[g]) {
                weights[i++] = groups[g] / 100 * share * (1 - NOT_STATED);
            }
        }
        weights[i] = NOT_STATED;
        return weights;
    }

    /**
     * Gompertz mortality: annual hazard A·e^(b·age), times e^(β·(5.5 − IMD decile)). A and b give life
     * expectancy at birth near England's 2020-22 figures (79.3 men, 83.2 women); β gives a gap of
     * about 9.5 years (men) and 7.7 years (women) between the most and least deprived deciles (ONS
     * health state life expectancies by IMD).
     */
    public static double annualDeathHazard(Sex sex, double age, int imdDecile) {
        double a = sex == Sex.MALE ? 2.6e-5 : 1.75e-5;
        double beta = sex == Sex.MALE ? 0.10 : 0.081;
        return a * Math.exp(GOMPERTZ_SLOPE * age) * Math.exp(beta * (5.5 - imdDecile));
    }

    static final double GOMPERTZ_SLOPE = 0.095;
}
