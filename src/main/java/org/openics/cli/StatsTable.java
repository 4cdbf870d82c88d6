package org.openics.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An analyst's CSV for {@code openics stats}: the columns a method names, and every other column a grouping
 * column echoed in the output. Bad cells are reported with the file, line and column.
 */
final class StatsTable {

    private final String file;
    private final List<String> columns;
    private final List<String> groupColumns;
    private final List<Row> rows;

    private StatsTable(String file, List<String> columns, List<String> groupColumns, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.groupColumns = groupColumns;
        this.rows = rows;
    }

    /**
     * Reads the file; {@code named} are the columns the method knows (required or optional), {@code required}
     * those it cannot do without.
     */
    static StatsTable read(Path path, Set<String> named, List<String> required) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        String file = path.toString();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> columns = parser.getHeaderNames().stream()
                    .map(c -> c.replace("\uFEFF", "").trim())
                    .toList();
            List<String> missing =
                    required.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(file + ": missing column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + " (the header has " + String.join(", ", columns) + ")");
            }
            List<String> groups =
                    columns.stream().filter(c -> !named.contains(c)).toList();
            Map<String, Integer> index = new java.util.HashMap<>();
            for (int i = columns.size() - 1; i >= 0; i--) {
                index.put(columns.get(i), i);
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Row(file, record.getRecordNumber() + 1, index, record.values()));
            }
            if (rows.isEmpty()) {
                throw new IllegalArgumentException(file + ": no data rows");
            }
            return new StatsTable(file, columns, groups, rows);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage());
        }
    }

    boolean has(String column) {
        return columns.contains(column);
    }

    List<String> groupColumns() {
        return groupColumns;
    }

    List<Row> rows() {
        return rows;
    }

    String file() {
        return file;
    }

    /** The rows sharing one set of grouping values. */
    record Group(List<String> key, List<Row> rows) {}

    /** Rows by the values of the grouping columns, groups in order of first appearance. */
    List<Group> groups() {
        Map<List<String>, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            groups.computeIfAbsent(row.key(groupColumns), k -> new ArrayList<>())
                    .add(row);
        }
        return groups.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue()))
                .toList();
    }

    /** One data row; {@code line} is its line in the file (the header is line 1). */
    static final class Row {
        private final String file;
        private final long line;
        private final Map<String, Integer> index;
        private final String[] values;

        Row(String file, long line, Map<String, Integer> index, String[] values) {
            this.file = file;
            this.line = line;
            this.index = index;
            this.values = values;
        }

        long line() {
            return line;
        }

        String text(String column) {
            Integer i = index.get(column);
            return i == null || i >= values.length || values[i] == null ? "" : values[i];
        }

        List<String> key(List<String> groupColumns) {
            return groupColumns.stream().map(this::text).toList();
        }

        /** A number the method needs: an empty or non-numeric cell is an error naming the line. */
        double number(String column) {
            String text = text(column);
            if (text.isEmpty()) {
                throw problem(column, "is empty; a number is needed");
            }
            return parse(column, text);
        }

        /** A count where an empty cell means zero, as the standardisation methods treat it. */
        double countOrZero(String column) {
            String text = text(column);
            return text.isEmpty() || text.equalsIgnoreCase("NA") ? 0 : parse(column, text);
        }

        /** An optional number: NaN when the cell (or the column) is empty. */
        double optional(String column) {
            String text = text(column);
            return text.isEmpty() || text.equalsIgnoreCase("NA") ? Double.NaN : parse(column, text);
        }

        private double parse(String column, String text) {
            try {
                double value = Double.parseDouble(text.indexOf(',') < 0 ? text : text.replace(",", ""));
                if (Double.isNaN(value) || Double.isInfinite(value)) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw problem(column, "'" + text + "' is not a number");
            }
        }

        BadInput problem(String column, String what) {
            return new BadInput(file + " line " + line + ", column " + column + ": " + what);
        }

        BadInput problem(String what) {
            return new BadInput(file + " line " + line + ": " + what);
        }

        /** Builds something from this row, placing a rejection by the domain at this row's line. */
        <T> T located(java.util.function.Supplier<T> build) {
            try {
                return build.get();
            } catch (BadInput e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw problem(e.getMessage());
            }
        }
    }

    /** Input that cannot be used, already naming the file and line. */
    static final class BadInput extends IllegalArgumentException {
        BadInput(String message) {
            super(message);
        }
    }
}
