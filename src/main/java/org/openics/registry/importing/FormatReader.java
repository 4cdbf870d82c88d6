package org.openics.registry.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openics.registry.ImportFormat;

/** Reads one published format: the date its contents take effect, and each row. */
abstract class FormatReader {

    private static final DateTimeFormatter NHS_DIGITAL_DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("ddMMMyyyy")
            .toFormatter(Locale.ENGLISH);
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(20\\d{2})_(\\d{2})");

    abstract ImportFormat format();

    /** The date the file's contents take effect, read from its first row or its name. */
    abstract Optional<LocalDate> effectiveDate(CsvTable.Row firstRow, String fileName);

    abstract void load(CsvTable.Row row, ImportContext context) throws RowProblem;

    /** After the last row: what the file as a whole implies (closures, notes). */
    void finish(ImportContext context) {}

    /** "01Jan2026" (NHS Digital mapping) or "2026-06-01". */
    static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    text.contains("-") ? LocalDate.parse(text.trim()) : LocalDate.parse(text.trim(), NHS_DIGITAL_DATE));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A financial year in a file name (2024_25) starts on 1 April. */
    static Optional<LocalDate> financialYearStart(String fileName) {
        Matcher m = FINANCIAL_YEAR.matcher(fileName);
        return m.find() ? Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 4, 1)) : Optional.empty();
    }
}
