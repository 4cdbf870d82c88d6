package org.openics.finance.need;

import org.openics.finance.need.LocalFacts.Dimension;

/**
 * One driver of local need: how much more (or less) of an indicator a unit is expected to have than the ICS, for one
 * reason. {@code PROFILE} drivers say what the unit's mix (by age, sex or deprivation) alone predicts, at the ICS's own
 * rate in each category; {@code BEYOND_AGE} says how much more the unit has than its age mix predicts (observed ÷
 * expected, indirect standardisation). The profile by age times the ratio beyond age is the crude ratio, exactly.
 * A driver counts in its component as ratio^exponent.
 */
public record LocalDriver(String name, Kind kind, String indicator, Dimension dimension, double exponent) {

    public enum Kind {
        PROFILE,
        BEYOND_AGE
    }

    public LocalDriver {
        if (name == null
                || name.isBlank()
                || indicator == null
                || indicator.isBlank()
                || kind == null
                || dimension == null) {
            throw new IllegalArgumentException("a driver needs a name, a kind, an indicator and a dimension");
        }
        if (!(exponent > 0 && exponent <= 1)) {
            throw new IllegalArgumentException("a driver's exponent is in (0, 1]: " + exponent);
        }
        if (kind == Kind.BEYOND_AGE && dimension != Dimension.AGE) {
            throw new IllegalArgumentException("a ratio beyond age is standardised by age");
        }
    }

    static LocalDriver profile(String name, String indicator, Dimension dimension, double exponent) {
        return new LocalDriver(name, Kind.PROFILE, indicator, dimension, exponent);
    }

    static LocalDriver beyondAge(String name, String indicator, double exponent) {
        return new LocalDriver(name, Kind.BEYOND_AGE, indicator, Dimension.AGE, exponent);
    }
}
