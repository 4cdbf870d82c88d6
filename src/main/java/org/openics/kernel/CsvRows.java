package org.openics.kernel;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV text with a header row, read whole into rows that know their line in the file, so that an importer can
 * name every bad line ("file:line: reason"). Column names are trimmed and matched without regard to case; a
 * byte order mark is dropped. A file that cannot be parsed at all yields {@link #problem()} instead of rows.
 */
public final class CsvRows {

    private final String file;
    private final List<String> columns;
    private final List<Row> rows;
    private final String problem;

    private CsvRows(String file, List<String> columns, List<Row> rows, String problem) {
        this.file = file;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.problem = problem;
    }

    public static CsvRows parse(String file, String text) {
        String body = text == null ? "" : text.replace("\uFEFF", "");
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<String> columns = parser.getHeaderNames().stream()
                    .map(c -> c.replace("\uFEFF", "").trim())
                    .toList();
            List<Row> rows = new ArrayList<>();
            long[] cursor = {0, 1}; // character position and the line it is on, advanced row by row
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < columns.size() && i < record.size(); i++) {
                    cells.putIfAbsent(
                            columns.get(i).toLowerCase(java.util.Locale.ROOT),
                            record.get(i) == null ? "" : record.get(i).trim());
                }
                rows.add(new Row(
                        lineAt(body, record.getCharacterPosition(), cursor), cells, record.size(), columns.size()));
            }
            return new CsvRows(file, columns, rows, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return new CsvRows(file, List.of(), List.of(), "not a readable CSV file: " + e.getMessage());
        }
    }

    private static long lineAt(String text, long position, long[] cursor) {
        for (long i = cursor[0]; i < position && i < text.length(); i++) {
            if (text.charAt((int) i) == '\n') {
                cursor[1]++;
            }
        }
        cursor[0] = Math.max(cursor[0], position);
        return cursor[1];
    }

    public String file() {
        return file;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Why the file could not be read at all, or null when it was read. */
    public String problem() {
        return problem;
    }

    /** The required columns that the header lacks (compared without regard to case). */
    public List<String> missing(List<String> required) {
        List<String> have =
                columns.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList();
        return required.stream()
                .filter(c -> !have.contains(c.toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /** One data row: its line in the file (the header is line 1) and its cells by column name. */
    public record Row(long line, Map<String, String> cells, int size, int expected) {

        /** The trimmed cell, or an empty string where the row is short or the cell empty. */
        public String get(String column) {
            return cells.getOrDefault(column.toLowerCase(java.util.Locale.ROOT), "");
        }

        public boolean complete() {
            return size == expected;
        }
    }
}
