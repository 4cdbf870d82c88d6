package org.openics.mutualaid.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openics.kernel.CsvRows;
import org.openics.mutualaid.DiagnosticCapacity;
import org.openics.mutualaid.DiagnosticWaiting;
import org.openics.mutualaid.Location;
import org.openics.mutualaid.Modality;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.SiteKind;
import org.openics.registry.RejectedRow;

/**
 * Reads mutual aid's CSV files. A file that cannot be read or lacks a required column is refused whole
 * ({@link IllegalArgumentException} naming the file and what is missing); otherwise every row is a value or a
 * rejection "file:line: field: reason", a key repeated in the file is rejected at its second line, and
 * {@code read = values + rejected}.
 */
public final class CsvImport {

    public static final List<String> SITE_COLUMNS =
            List.of("code", "name", "provider", "provider_name", "kind", "latitude", "longitude");
    public static final List<String> CAPACITY_COLUMNS =
            List.of("site", "modality", "tests_per_week", "offered_per_week");
    public static final List<String> WAITS_COLUMNS = List.of("provider", "modality", "weeks_waited", "waiting");
    public static final List<String> OFFER_COLUMNS = List.of("site", "specialty", "slots_per_week", "weeks", "expires");

    static final Pattern SITE_CODE = Pattern.compile("[A-Z0-9]{3,9}");
    static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Z0-9]{3,6}");
    static final Pattern TREATMENT_FUNCTION = Pattern.compile("\\d{3}");
    /** Great Britain's extent, generously: a coordinate outside it is a typing error (swapped, or a sign lost). */
    static final double MIN_LATITUDE = 49.8;

    static final double MAX_LATITUDE = 60.9;
    static final double MIN_LONGITUDE = -8.7;
    static final double MAX_LONGITUDE = 1.8;
    static final int MAX_PER_WEEK = 100_000;

    /** The values read and the rows rejected. */
    public record Parsed<T>(String file, int read, List<T> values, List<RejectedRow> rejected) {

        public Parsed {
            values = List.copyOf(values);
            rejected = List.copyOf(rejected);
        }
    }

    /** An offer row: what to post. */
    public record OfferRow(String site, String specialty, int slotsPerWeek, int weeks, LocalDate expires) {}

    /** A row's fault: which field and why. */
    static final class Bad extends Exception {
        Bad(String field, String reason) {
            super(field + ": " + reason, null, false, false);
        }
    }

    private CsvImport() {}

    public static Parsed<Site> sites(String file, String text) {
        return read(file, text, SITE_COLUMNS, row -> row.get("code").toUpperCase(java.util.Locale.ROOT), row -> {
            String code = code(row, "code", SITE_CODE);
            String provider = code(row, "provider", ORGANISATION_CODE);
            SiteKind kind = SiteKind.parse(row.get("kind"))
                    .orElseThrow(
                            () -> new Bad("kind", "is hospital, independent or cdc, not '" + row.get("kind") + "'"));
            double latitude = decimal(row, "latitude", MIN_LATITUDE, MAX_LATITUDE);
            double longitude = decimal(row, "longitude", MIN_LONGITUDE, MAX_LONGITUDE);
            return new Site(
                    code,
                    row.get("name"),
                    provider,
                    row.get("provider_name"),
                    kind == SiteKind.INDEPENDENT,
                    new Location(latitude, longitude),
                    kind);
        });
    }

    public static Parsed<DiagnosticCapacity> capacity(String file, String text, Set<String> knownSites) {
        return read(
                file,
                text,
                CAPACITY_COLUMNS,
                row -> row.get("site").toUpperCase(java.util.Locale.ROOT) + "|"
                        + row.get("modality").toUpperCase(java.util.Locale.ROOT),
                row -> {
                    String site = knownSite(row, knownSites);
                    Modality modality = modality(row);
                    int tests = whole(row, "tests_per_week", 0, MAX_PER_WEEK);
                    int offered = whole(row, "offered_per_week", 0, MAX_PER_WEEK);
                    if (offered > tests) {
                        throw new Bad("offered_per_week", offered + " is more than the tests a week (" + tests + ")");
                    }
                    return new DiagnosticCapacity(site, modality, tests, offered);
                });
    }

    public static Parsed<DiagnosticWaiting> waits(String file, String text) {
        return read(
                file,
                text,
                WAITS_COLUMNS,
                row -> String.join(
                        "|",
                        row.get("provider").toUpperCase(java.util.Locale.ROOT),
                        row.get("modality").toUpperCase(java.util.Locale.ROOT),
                        row.get("weeks_waited")),
                row -> {
                    String provider = code(row, "provider", ORGANISATION_CODE);
                    Modality modality = modality(row);
                    return new DiagnosticWaiting(
                            provider,
                            modality,
                            whole(row, "weeks_waited", 0, 520),
                            whole(row, "waiting", 0, 1_000_000));
                });
    }

    public static Parsed<OfferRow> offers(String file, String text, Set<String> knownSites, LocalDate today) {
        return read(file, text, OFFER_COLUMNS, row -> null, row -> {
            String site = knownSite(row, knownSites);
            String specialty = row.get("specialty");
            if (!TREATMENT_FUNCTION.matcher(specialty).matches()) {
                throw new Bad("specialty", "is a three-digit treatment function code, not '" + specialty + "'");
            }
            int slots = whole(row, "slots_per_week", 1, MAX_PER_WEEK);
            int weeks = whole(row, "weeks", 1, 104);
            LocalDate expires;
            try {
                expires = LocalDate.parse(row.get("expires"));
            } catch (DateTimeParseException e) {
                throw new Bad("expires", "is a date YYYY-MM-DD, not '" + row.get("expires") + "'");
            }
            if (expires.isBefore(today)) {
                throw new Bad("expires", "the offer expired on " + expires);
            }
            return new OfferRow(site, specialty, slots, weeks, expires);
        });
    }

    interface RowReader<T> {
        T read(CsvRows.Row row) throws Bad;
    }

    /** The file whole or refused; each row read or rejected; a key seen before (null key: none) rejected at its repeat. */
    static <T> Parsed<T> read(
            String file, String text, List<String> columns, Function<CsvRows.Row, String> key, RowReader<T> reader) {
        CsvRows csv = CsvRows.parse(file, text);
        if (csv.problem() != null) {
            throw new IllegalArgumentException(file + ": " + csv.problem());
        }
        List<String> missing = csv.missing(columns);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(file + ":1: no column " + String.join(", ", missing)
                    + " (the header needs " + String.join(",", columns) + ")");
        }
        List<T> values = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRows.Row row : csv.rows()) {
            try {
                if (!row.complete()) {
                    throw new Bad("row", "has " + row.size() + " fields, the header " + row.expected());
                }
                T value = reader.read(row);
                String k = key.apply(row);
                if (k != null && !seen.add(k)) {
                    throw new Bad(columns.get(0), "repeats " + k.replace('|', ' ') + " of an earlier line");
                }
                values.add(value);
            } catch (Bad bad) {
                rejected.add(new RejectedRow(file, row.line(), bad.getMessage()));
            } catch (IllegalArgumentException invalid) {
                rejected.add(new RejectedRow(file, row.line(), invalid.getMessage()));
            }
        }
        return new Parsed<>(file, csv.rows().size(), values, rejected);
    }

    private static String code(CsvRows.Row row, String column, Pattern pattern) throws Bad {
        String value = row.get(column).toUpperCase(java.util.Locale.ROOT);
        if (!pattern.matcher(value).matches()) {
            throw new Bad(
                    column,
                    value.isEmpty()
                            ? "is empty"
                            : "'" + row.get(column) + "' is not a code (letters and digits, "
                                    + pattern.pattern().replaceAll(".*\\{(\\d+),(\\d+)}", "$1–$2") + " long)");
        }
        return value;
    }

    private static String knownSite(CsvRows.Row row, Set<String> knownSites) throws Bad {
        String site = code(row, "site", SITE_CODE);
        if (!knownSites.contains(site)) {
            throw new Bad("site", "no site " + site + " is registered (load it with the sites import first)");
        }
        return site;
    }

    private static Modality modality(CsvRows.Row row) throws Bad {
        Optional<Modality> m = Modality.parse(row.get("modality"));
        return m.orElseThrow(
                () -> new Bad("modality", "'" + row.get("modality") + "' is not one of " + Modality.codes()));
    }

    private static int whole(CsvRows.Row row, String column, int min, int max) throws Bad {
        try {
            int value = Integer.parseInt(row.get(column));
            if (value < min || value > max) {
                throw new Bad(column, value + " is outside " + min + "–" + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Bad(column, "is a whole number, not '" + row.get(column) + "'");
        }
    }

    private static double decimal(CsvRows.Row row, String column, double min, double max) throws Bad {
        try {
            double value = Double.parseDouble(row.get(column));
            if (!(value >= min && value <= max)) {
                throw new Bad(column, value + " is outside Great Britain (" + min + " to " + max + ")");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Bad(column, "is a number in degrees, not '" + row.get(column) + "'");
        }
    }
}
