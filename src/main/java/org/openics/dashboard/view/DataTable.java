package org.openics.dashboard.view;

import java.util.List;

/** A table as a page shows it (and as its CSV download writes it): caption, columns, rows of cells. */
public record DataTable(String id, String caption, List<Column> columns, List<List<Cell>> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "table " + id + ": a row of " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** RFC 4180 CSV of the columns that hold data, header first. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        appendRow(out, columns.stream().filter(Column::inCsv).map(Column::label).toList());
        for (List<Cell> row : rows) {
            java.util.List<String> values = new java.util.ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).inCsv()) {
                    values.add(row.get(i).csv());
                }
            }
            appendRow(out, values);
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = values.get(i) == null ? "" : values.get(i);
            if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        out.append("\r\n");
    }
}
