package org.openics.kernel;

import java.util.List;

/**
 * Writes CSV as RFC 4180 describes it (comma separated, CRLF line ends, fields with commas, quotes or line breaks in
 * double quotes, quotes doubled) for downloads that people open in a spreadsheet: a cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe so that it is shown as text,
 * never run as a formula (OWASP, "CSV injection").
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    private Csv() {}

    public static Csv withHeader(String... columns) {
        return new Csv().row(columns);
    }

    public Csv row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    public Csv row(List<String> cells) {
        return row(cells.toArray(String[]::new));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** One cell, quoted when it needs to be and defused when a spreadsheet would take it for a formula. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("[+-]?\\d+(\\.\\d+)?");
    }
}
