package org.openics.finance.need;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openics.finance.NeedComponent;
import org.openics.finance.RejectedLine;
import org.openics.finance.RejectionKind;
import org.openics.finance.WeightedPopulationsImport;

/**
 * Reads NHS England's GP practice weighted populations (allocations). Both published layouts share one header: the
 * 2022/23 file fills PCN, sub-ICB location and list size ({@code Patients}); the 2024/25 projection leaves them blank.
 * The file is recognised from its header (the practice code, ICB, local authority, registered population
 * {@code pop YYYY/YY} and every component column must be there), the layout from its first row, the allocation year
 * from the file name (…_2024_25.csv) unless given. Each bad row is rejected with its line and reason; nothing is guessed.
 */
public final class WeightedPopulationFile {

    static final Pattern REGISTERED = Pattern.compile("pop \\d{4}/\\d{2}");
    static final Pattern YEAR_IN_NAME = Pattern.compile("(20\\d{2})_(\\d{2})(?!\\d)");
    static final Pattern PRACTICE_CODE = Pattern.compile("[A-Z0-9]{6}");
    static final List<String> REQUIRED =
            List.of("Practice_Code", "GP_Practice_Name", "ICS22", "ICS22name", "LA21", "UTLA21");
    public static final String WITH_PCN = "2022/23 layout with PCN and list size";
    public static final String PROJECTION = "projection layout without PCN or list size";

    /** What a file holds: the report, and the practices of the rows that loaded. */
    public record Contents(WeightedPopulationsImport report, List<PracticeWeights> practices) {
        public Contents {
            practices = List.copyOf(practices);
        }
    }

    private WeightedPopulationFile() {}

    public static Contents read(Path file, Optional<String> year) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return unusable(name, "no such file: " + file);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, name, year);
        } catch (IOException | java.io.UncheckedIOException e) {
            return unusable(name, "cannot read " + name + ": " + e.getMessage());
        }
    }

    public static Contents read(Reader reader, String name, Optional<String> givenYear) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> header = parser.getHeaderNames();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).replace("\uFEFF", "").trim(), i);
            }
            List<String> missing = new ArrayList<>();
            REQUIRED.stream().filter(c -> !columns.containsKey(c)).forEach(missing::add);
            for (NeedComponent c : NeedComponent.values()) {
                if (!columns.containsKey(c.header())) {
                    missing.add(c.header());
                }
            }
            Optional<String> registered = columns.keySet().stream()
                    .filter(c -> REGISTERED.matcher(c).matches())
                    .sorted()
                    .findFirst();
            if (registered.isEmpty()) {
                missing.add("pop YYYY/YY");
            }
            if (!missing.isEmpty()) {
                return unusable(
                        name,
                        name + " is not an NHS England weighted-populations file: its header lacks "
                                + String.join(", ", missing));
            }
            Optional<String> year = givenYear.or(() -> yearInName(name));
            if (year.isEmpty()) {
                return unusable(
                        name,
                        "the allocation year of " + name
                                + " is not in its name (…_2024_25.csv): give it (--year 2024/25)");
            }
            return new Rows(name, columns, header.size(), registered.get()).read(parser, year.get());
        }
    }

    static Optional<String> yearInName(String name) {
        Matcher m = YEAR_IN_NAME.matcher(name);
        return m.find() ? Optional.of(m.group(1) + "/" + m.group(2)) : Optional.empty();
    }

    private static Contents unusable(String name, String problem) {
        return new Contents(WeightedPopulationsImport.unusable(name, problem), List.of());
    }

    /** The rows of one file, checked one by one. */
    private static final class Rows {
        private final String name;
        private final Map<String, Integer> columns;
        private final int width;
        private final String registeredColumn;
        private final List<RejectedLine> rejected = new ArrayList<>();
        private final List<PracticeWeights> loaded = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final Map<NeedComponent, Integer> blanks = new EnumMap<>(NeedComponent.class);

        Rows(String name, Map<String, Integer> columns, int width, String registeredColumn) {
            this.name = name;
            this.columns = columns;
            this.width = width;
            this.registeredColumn = registeredColumn;
        }

        Contents read(CSVParser parser, String year) {
            long read = 0;
            String layout = null;
            for (CSVRecord record : parser) {
                read++;
                long line = record.getRecordNumber() + 1;
                if (layout == null) {
                    layout = cell(record, "PCN_Code").isEmpty()
                                    && cell(record, "Patients").isEmpty()
                            ? PROJECTION
                            : WITH_PCN;
                }
                try {
                    PracticeWeights practice = practice(record, line);
                    loaded.add(practice);
                } catch (Rejected r) {
                    rejected.add(new RejectedLine(name, line, r.kind, r.getMessage()));
                }
            }
            List<String> notes = new ArrayList<>();
            blanks.forEach(
                    (component, count) -> notes.add(
                            count + " practice" + (count == 1 ? "" : "s") + " have " + component.header()
                                    + " published blank: left out of that component's index (numerator and denominator), not taken as zero"));
            notes.add("registered population: the file's '" + registeredColumn
                    + "' column (the allocation year's registered population)");
            WeightedPopulationsImport report = new WeightedPopulationsImport(
                    name,
                    layout == null ? WITH_PCN : layout,
                    year,
                    read,
                    loaded.size(),
                    rejected,
                    notes,
                    Optional.empty(),
                    true);
            return new Contents(report, loaded);
        }

        private PracticeWeights practice(CSVRecord record, long line) throws Rejected {
            if (record.size() < width) {
                throw new Rejected(
                        RejectionKind.SHORT_ROW, "the row has " + record.size() + " columns, the header " + width);
            }
            String code = cell(record, "Practice_Code");
            if (code.isEmpty()) {
                throw new Rejected(RejectionKind.MISSING_VALUE, "Practice_Code is blank");
            }
            if (!PRACTICE_CODE.matcher(code).matches()) {
                throw new Rejected(
                        RejectionKind.BAD_CODE, "Practice_Code '" + code + "' is not a six-character ODS code");
            }
            String ics = cell(record, "ICS22");
            if (ics.isEmpty()) {
                throw new Rejected(RejectionKind.MISSING_VALUE, "practice " + code + " has no ICB (ICS22 is blank)");
            }
            String la = cell(record, "LA21");
            if (la.isEmpty()) {
                throw new Rejected(
                        RejectionKind.MISSING_VALUE, "practice " + code + " has no local authority (LA21 is blank)");
            }
            BigDecimal registered = number(record, registeredColumn, code);
            if (registered == null) {
                throw new Rejected(
                        RejectionKind.MISSING_VALUE,
                        "practice " + code + " has no registered population ('" + registeredColumn + "' is blank)");
            }
            if (registered.signum() <= 0) {
                throw new Rejected(
                        RejectionKind.NOT_POSITIVE,
                        "practice " + code + " has a registered population of " + registered.toPlainString());
            }
            Map<NeedComponent, BigDecimal> weighted = new EnumMap<>(NeedComponent.class);
            List<NeedComponent> blank = new ArrayList<>();
            for (NeedComponent component : NeedComponent.values()) {
                BigDecimal value = number(record, component.header(), code);
                if (value == null) {
                    blank.add(component);
                } else {
                    weighted.put(component, value);
                }
            }
            if (!seen.add(code)) {
                throw new Rejected(
                        RejectionKind.DUPLICATE, "practice " + code + " appears more than once; this line is left out");
            }
            blank.forEach(c -> blanks.merge(c, 1, Integer::sum));
            return new PracticeWeights(
                    code,
                    cell(record, "GP_Practice_Name"),
                    blankToNull(cell(record, "PCN_Code")),
                    blankToNull(cell(record, "PCN_Name")),
                    blankToNull(cell(record, "LOC22")),
                    blankToNull(cell(record, "LOC22name")),
                    ics,
                    cell(record, "ICS22name"),
                    la,
                    orCode(cell(record, "UTLA21"), la),
                    blankToNull(cell(record, "LAD21")),
                    blankToNull(cell(record, "LTLA21")),
                    registered,
                    weighted);
        }

        private BigDecimal number(CSVRecord record, String column, String practice) throws Rejected {
            String text = cell(record, column);
            if (text.isEmpty()) {
                return null;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new Rejected(
                        RejectionKind.BAD_NUMBER,
                        "practice " + practice + ": " + column + " '" + text + "' is not a number");
            }
            if (value.signum() < 0) {
                throw new Rejected(
                        RejectionKind.NEGATIVE, "practice " + practice + ": " + column + " is negative (" + text + ")");
            }
            return value;
        }

        private String cell(CSVRecord record, String column) {
            Integer i = columns.get(column);
            if (i == null || i >= record.size()) {
                return "";
            }
            String v = record.get(i);
            return v == null ? "" : v.trim();
        }

        private static String blankToNull(String s) {
            return s.isEmpty() ? null : s;
        }

        private static String orCode(String name, String code) {
            return name.isEmpty() ? code : name;
        }
    }

    private static final class Rejected extends Exception {
        private final RejectionKind kind;

        Rejected(RejectionKind kind, String message) {
            super(message, null, false, false);
            this.kind = kind;
        }
    }
}
