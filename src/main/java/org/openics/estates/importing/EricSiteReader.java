package org.openics.estates.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openics.estates.Backlog;
import org.openics.estates.Condition;
import org.openics.estates.RoomType;
import org.openics.estates.Site;
import org.openics.estates.Tenure;
import org.openics.kernel.CsvRows;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;
import org.openics.registry.RejectedRow;

/**
 * A site return in the shape of ERIC's site data (Estates Returns Information Collection): one row per site, owner
 * trust code, site code and name, gross internal floor area and the cost to eradicate backlog maintenance by risk, with
 * the columns the ICS adds for its own estate (place, position, tenure, condition, utilisation, carbon). Columns:
 * docs/estates.md. Floor areas accept "m²" or "m2" in their header.
 */
public final class EricSiteReader {

    public static final String TRUST = "Trust Code";
    public static final String SITE = "Site Code";
    public static final String NAME = "Site Name";
    public static final String GIA = "Gross internal floor area (m²)";
    public static final String PLACE = "Place code";
    public static final String LSOA = "LSOA";
    public static final String ADDRESS = "Address";
    public static final String POSTCODE = "Postcode";
    public static final String LATITUDE = "Latitude";
    public static final String LONGITUDE = "Longitude";
    public static final String TENURE = "Tenure";
    public static final String CONDITION = "Condition";
    public static final String HIGH = "Cost to eradicate high risk backlog (£)";
    public static final String SIGNIFICANT = "Cost to eradicate significant risk backlog (£)";
    public static final String MODERATE = "Cost to eradicate moderate risk backlog (£)";
    public static final String LOW = "Cost to eradicate low risk backlog (£)";
    public static final String RUNNING = "Running cost (£)";
    public static final String VOID = "Unoccupied floor area (m²)";
    public static final String CARBON = "Carbon emissions (tCO2e)";
    public static final Map<RoomType, String> UTILISATION = Map.of(
            RoomType.CLINICAL,
            "Clinical space utilisation (%)",
            RoomType.CONSULTING,
            "Consulting room utilisation (%)",
            RoomType.OFFICE,
            "Office utilisation (%)");

    private static final class Bad extends Exception {
        Bad(String message) {
            super(message);
        }
    }

    private EricSiteReader() {}

    public static ParsedSites read(CsvRows csv, LocalDate period, SiteDirectory directory) {
        if (period == null) {
            throw new IllegalArgumentException(
                    "a site return needs the year it counts (its rows do not say): give its first day");
        }
        if (csv.problem() != null) {
            return new ParsedSites(List.of(), List.of(new RejectedRow(csv.file(), 1, csv.problem())), 0);
        }
        List<RejectedRow> rejected = new ArrayList<>();
        List<String> missing = new ArrayList<>(csv.missing(List.of(TRUST, SITE, NAME)));
        if (csv.missing(List.of(GIA)).size() == 1
                && csv.missing(List.of(m2(GIA))).size() == 1) {
            missing.add(GIA);
        }
        if (!missing.isEmpty()) {
            csv.rows()
                    .forEach(r -> rejected.add(new RejectedRow(
                            csv.file(), r.line(), "the file lacks the column(s) " + String.join(", ", missing))));
            return new ParsedSites(List.of(), rejected, csv.rows().size());
        }
        List<Site> sites = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvRows.Row row : csv.rows()) {
            try {
                Site site = site(row, period.withDayOfMonth(1), directory);
                Long earlier = seen.putIfAbsent(site.siteCode(), row.line());
                if (earlier != null) {
                    throw new Bad("site " + site.siteCode() + " is on line " + earlier + " already");
                }
                sites.add(site);
            } catch (Bad e) {
                rejected.add(new RejectedRow(csv.file(), row.line(), e.getMessage()));
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(csv.file(), row.line(), e.getMessage()));
            }
        }
        return new ParsedSites(sites, rejected, csv.rows().size());
    }

    private static String m2(String column) {
        return column.replace("m²", "m2");
    }

    private static String cell(CsvRows.Row row, String column) {
        String v = row.get(column);
        return v.isEmpty() && column.contains("m²") ? row.get(m2(column)) : v;
    }

    private static Site site(CsvRows.Row row, LocalDate period, SiteDirectory directory) throws Bad {
        if (!row.complete()) {
            throw new Bad("has " + row.size() + " cells where the header has " + row.expected());
        }
        String owner = required(row, TRUST).toUpperCase(Locale.ROOT);
        if (!directory.isOrganisation(owner)) {
            throw new Bad("owner " + owner + " is not in the registry");
        }
        String code = required(row, SITE).toUpperCase(Locale.ROOT);
        String place = cell(row, PLACE);
        if (!place.isEmpty() && !directory.isPlace(place)) {
            throw new Bad("place " + place + " is not a place in the registry");
        }
        String lsoa = cell(row, LSOA);
        if (place.isEmpty() && !lsoa.isEmpty()) {
            place = directory
                    .placeOfLsoa(lsoa)
                    .orElseThrow(() -> new Bad("LSOA " + lsoa + " is in no place of the registry"));
        }
        double gia = number(row, GIA).orElseThrow(() -> new Bad(GIA + " is empty"));
        Optional<Double> lat = number(row, LATITUDE);
        Optional<Double> lon = number(row, LONGITUDE);
        if (lat.isPresent() && (lat.get() < 49 || lat.get() > 61 || lon.orElse(0.0) < -9 || lon.orElse(0.0) > 2.5)) {
            throw new Bad("position " + lat.get() + ", " + lon.orElse(null) + " is not in England");
        }
        Map<RoomType, Double> utilisation = new EnumMap<>(RoomType.class);
        for (Map.Entry<RoomType, String> u : UTILISATION.entrySet()) {
            Optional<Double> v = number(row, u.getValue());
            if (v.isPresent() && v.get() > 100) {
                throw new Bad(u.getValue() + " " + v.get() + " is more than 100%");
            }
            v.ifPresent(p -> utilisation.put(u.getKey(), p));
        }
        Backlog backlog = new Backlog(money(row, HIGH), money(row, SIGNIFICANT), money(row, MODERATE), money(row, LOW));
        String running = cell(row, RUNNING);
        return new Site(
                code,
                required(row, NAME),
                OdsCode.of(owner),
                place,
                cell(row, ADDRESS),
                cell(row, POSTCODE),
                lat,
                lon,
                choice(row, TENURE, Tenure.class),
                gia,
                choice(row, CONDITION, Condition.class),
                backlog,
                running.isEmpty() ? Optional.empty() : Optional.of(money(row, RUNNING)),
                utilisation,
                number(row, VOID),
                number(row, CARBON),
                period);
    }

    private static String required(CsvRows.Row row, String column) throws Bad {
        String v = cell(row, column);
        if (v.isEmpty()) {
            throw new Bad(column + " is empty");
        }
        return v;
    }

    private static Optional<Double> number(CsvRows.Row row, String column) throws Bad {
        String v = cell(row, column).replace(",", "");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d) || (d < 0 && !column.equals(LONGITUDE))) {
                throw new Bad(column + " '" + v + "' is not a number of zero or more");
            }
            return Optional.of(d);
        } catch (NumberFormatException e) {
            throw new Bad(column + " '" + v + "' is not a number");
        }
    }

    /** A cost in pounds; empty is £0 (ERIC leaves a risk band blank when there is no backlog in it). */
    private static Money money(CsvRows.Row row, String column) throws Bad {
        String v = cell(row, column);
        if (v.isEmpty()) {
            return Money.ZERO;
        }
        try {
            Money m = Money.parse(v);
            if (m.isNegative()) {
                throw new Bad(column + " " + m + " is negative");
            }
            return m;
        } catch (IllegalArgumentException e) {
            throw new Bad(column + ": " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> Optional<E> choice(CsvRows.Row row, String column, Class<E> type) throws Bad {
        String v = cell(row, column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        String name = v.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        throw new Bad(column + " '" + v + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
}
