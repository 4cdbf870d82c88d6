package org.openics.analytics.statistics;

/**
 * One quantile (e.g. a deprivation decile) for the slope index of inequality: its population, indicator
 * value, and either the standard error of the value or its 95% limits (NaN for whichever is not given).
 */
public record QuantileValue(
        String quantile, double population, double value, double standardError, double lower95, double upper95) {

    public QuantileValue {
        if (!(population > 0)) {
            throw new IllegalArgumentException("quantile " + quantile + " has a zero, negative or missing population");
        }
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("quantile " + quantile + " has no value");
        }
        boolean hasError = !Double.isNaN(standardError);
        if (hasError && standardError < 0) {
            throw new IllegalArgumentException("quantile " + quantile + " has a negative standard error");
        }
        if (!hasError && (Double.isNaN(lower95) || Double.isNaN(upper95))) {
            throw new IllegalArgumentException("quantile " + quantile + " needs a standard error or both 95% limits");
        }
    }

    public static QuantileValue withStandardError(String quantile, double population, double value, double se) {
        return new QuantileValue(quantile, population, value, se, Double.NaN, Double.NaN);
    }

    public static QuantileValue withLimits(
            String quantile, double population, double value, double lower, double upper) {
        return new QuantileValue(quantile, population, value, Double.NaN, lower, upper);
    }

    boolean hasStandardError() {
        return !Double.isNaN(standardError);
    }
}
