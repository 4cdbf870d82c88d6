package org.openics.record.linkage;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The demographics used to match a patient record that has no verified NHS number. */
public record Demographics(String family, String given, LocalDate birthDate, String postcode) {

    /**
     * The deterministic match key: family name, first given name, date of birth and postcode, normalised
     * (case, spaces, punctuation). Empty when any part is missing, because a partial match is not safe.
     */
    public Optional<String> matchKey() {
        String f = normalise(family);
        String g = normalise(given);
        String p = normalise(postcode);
        if (f.isEmpty() || g.isEmpty() || p.isEmpty() || birthDate == null) {
            return Optional.empty();
        }
        return Optional.of(f + "|" + g + "|" + birthDate + "|" + p);
    }

    private static String normalise(String value) {
        return value == null ? "" : value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
