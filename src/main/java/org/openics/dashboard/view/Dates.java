package org.openics.dashboard.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the NHS style guide writes them: "30 June 2026", the month in full, no leading zero. Analytics labels its
 * periods with ISO dates ("2025-07-01 to 2026-06-30"); pages show them in this style and keep the ISO form only in
 * addresses and CSV files, where machines read them.
 */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final DateTimeFormatter NHS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private Dates() {}

    public static String nhs(LocalDate date) {
        return date.format(NHS);
    }

    /** Every ISO date in the text written in the NHS style; other text as it is (null stays null). */
    public static String nhs(String text) {
        if (text == null || text.indexOf('-') < 0) {
            return text;
        }
        Matcher m = ISO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(parse(m.group()).map(NHS::format).orElse(m.group())));
        }
        return m.appendTail(out).toString();
    }

    /** A short form for a chart's axis: the month and year a period ends ("June 2026"), or the text as it is. */
    public static String axis(String period) {
        if (period == null) {
            return null;
        }
        Matcher m = ISO.matcher(period);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last == null ? period : parse(last).map(MONTH::format).orElse(period);
    }

    private static java.util.Optional<LocalDate> parse(String iso) {
        try {
            return java.util.Optional.of(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
