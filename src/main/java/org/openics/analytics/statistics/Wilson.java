package org.openics.analytics.statistics;

/** Wilson score limits of a proportion x / n (Wilson 1927; Newcombe and Altman 2000). */
public final class Wilson {

    private Wilson() {}

    public static double lower(double x, double n, Confidence confidence) {
        if (confidence.level() == 1) {
            return 0;
        }
        double z = confidence.z();
        return (2 * x + z * z - z * Math.sqrt(z * z + 4 * x * (1 - x / n))) / 2 / (n + z * z);
    }

    public static double upper(double x, double n, Confidence confidence) {
        if (confidence.level() == 1) {
            return 1;
        }
        double z = confidence.z();
        return (2 * x + z * z + z * Math.sqrt(z * z + 4 * x * (1 - x / n))) / 2 / (n + z * z);
    }
}
