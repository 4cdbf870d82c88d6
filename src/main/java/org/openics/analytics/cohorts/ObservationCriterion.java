package org.openics.analytics.cohorts;

/**
 * An observation the cohort requires (or, with {@code absent}, must not have): a LOINC code, recorded within the
 * last {@code withinMonths} months of the reference date (null: ever), and when bounds are given, the latest value
 * in that window within them ("HbA1c above 58 in the last 15 months": code 59261-8, above 58, withinMonths 15).
 *
 * @param above   latest value strictly greater than this
 * @param atLeast latest value greater than or equal to this
 * @param below   latest value strictly less than this
 * @param atMost  latest value less than or equal to this
 */
public record ObservationCriterion(
        String code, Integer withinMonths, Double above, Double atLeast, Double below, Double atMost, boolean absent) {

    public ObservationCriterion {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("an observation criterion names a code");
        }
        code = code.trim();
        if (withinMonths != null && withinMonths <= 0) {
            throw new IllegalArgumentException("withinMonths is a positive number of months, not " + withinMonths);
        }
        if (absent && hasBounds(above, atLeast, below, atMost)) {
            throw new IllegalArgumentException("an absent observation has no value bounds");
        }
    }

    public boolean bounded() {
        return hasBounds(above, atLeast, below, atMost);
    }

    private static boolean hasBounds(Double... bounds) {
        for (Double bound : bounds) {
            if (bound != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses the command line's short form {@code CODE[>V|>=V|<V|<=V][@Nm]}, e.g. {@code 59261-8>58@15m},
     * {@code 85354-9@12m}; a leading {@code !} means absent ({@code !85354-9@12m}).
     */
    public static ObservationCriterion parse(String text) {
        String rest = text.trim();
        boolean absent = rest.startsWith("!");
        if (absent) {
            rest = rest.substring(1);
        }
        Integer months = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            String window = rest.substring(at + 1).trim();
            if (!window.matches("\\d+m?")) {
                throw new IllegalArgumentException(
                        "the window after @ is a number of months, e.g. @12m: '" + text + "'");
            }
            months = Integer.valueOf(window.replace("m", ""));
            rest = rest.substring(0, at);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^<>=]+)(?:(>=|<=|>|<)([-+0-9.]+))?")
                .matcher(rest);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "cannot read the observation '" + text + "'; write CODE[>V][@Nm], e.g. 59261-8>58@15m");
        }
        Double value = m.group(3) == null ? null : Double.valueOf(m.group(3));
        String op = m.group(2) == null ? "" : m.group(2);
        return new ObservationCriterion(
                m.group(1),
                months,
                op.equals(">") ? value : null,
                op.equals(">=") ? value : null,
                op.equals("<") ? value : null,
                op.equals("<=") ? value : null,
                absent);
    }
}
