package org.openics.registry.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read as rows that know their line number. Column names are matched
 * after trimming (several published files pad them with spaces); gzip is accepted.
 */
public final class CsvTable implements AutoCloseable, Iterable<CsvTable.Row> {

    private final Path path;
    private final CSVParser parser;
    private final List<String> columns;
    private final Map<String, Integer> index = new java.util.HashMap<>();

    private CsvTable(Path path, CSVParser parser) {
        this.path = path;
        this.parser = parser;
        this.columns = new ArrayList<>();
        for (String name : parser.getHeaderNames()) {
            String trimmed = name.replace("\uFEFF", "").trim();
            index.putIfAbsent(trimmed, columns.size());
            columns.add(trimmed);
        }
    }

    public static CsvTable open(Path path) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .setIgnoreEmptyLines(true)
                .get();
        return new CsvTable(path, CSVParser.parse(reader(path), format));
    }

    private static Reader reader(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (path.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Data rows in a file (lines after the header), for progress. */
    public static long countRows(Path path) throws IOException {
        try (BufferedReader reader = new BufferedReader(reader(path))) {
            return Math.max(0, reader.lines().filter(l -> !l.isBlank()).count() - 1);
        }
    }

    public Path path() {
        return path;
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public List<String> columns() {
        return List.copyOf(columns);
    }

    public boolean hasColumns(List<String> required) {
        return index.keySet().containsAll(required);
    }

    @Override
    public Iterator<Row> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                CSVRecord record = records.next();
                return new Row(record, record.getRecordNumber() + 1);
            }
        };
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** One data row; {@code line} is its line in the file (the header is line 1). */
    public final class Row {
        private final CSVRecord record;
        private final long line;

        Row(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        public long line() {
            return line;
        }

        /** The trimmed cell, or an empty string where the row is short or the cell empty. */
        public String get(String column) {
            Integer i = index.get(column);
            if (i == null || i >= record.size()) {
                return "";
            }
            String value = record.get(i);
            return value == null ? "" : value.trim();
        }

        public boolean complete() {
            return record.size() >= columns.size() || record.isConsistent();
        }

        public int size() {
            return record.size();
        }

        public int expectedSize() {
            return columns.size();
        }
    }
}
