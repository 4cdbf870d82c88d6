package org.openics.engagement.consultations;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as residents read them: "3 December 2026". */
public final class Dates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {}

    public static String longForm(LocalDate date) {
        return LONG.format(date);
    }
}
