package org.openics.workforce.importing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.openics.kernel.CsvRows;

/** Reading one cell as a number or a period, with the problem named (column and value) when it is not one. */
final class Cells {

    /** Thrown inside a reader for one bad cell; the reader turns it into a rejected row. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message);
        }
    }

    private Cells() {}

    static String required(CsvRows.Row row, String column) throws Bad {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw new Bad(column + " is empty");
        }
        return value;
    }

    static double fte(CsvRows.Row row, String column) throws Bad {
        return optionalFte(row, column).orElseThrow(() -> new Bad(column + " is empty"));
    }

    static OptionalDouble optionalFte(CsvRows.Row row, String column) throws Bad {
        String value = row.get(column).replace(",", "");
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(value);
            if (!Double.isFinite(d) || d < 0) {
                throw new Bad(column + " '" + value + "' is not a number of zero or more");
            }
            return OptionalDouble.of(d);
        } catch (NumberFormatException e) {
            throw new Bad(column + " '" + value + "' is not a number");
        }
    }

    static int count(CsvRows.Row row, String column) throws Bad {
        return optionalCount(row, column).orElseThrow(() -> new Bad(column + " is empty"));
    }

    static OptionalInt optionalCount(CsvRows.Row row, String column) throws Bad {
        String value = row.get(column).replace(",", "");
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new Bad(column + " '" + value + "' is negative");
            }
            return OptionalInt.of(n);
        } catch (NumberFormatException e) {
            throw new Bad(column + " '" + value + "' is not a whole number");
        }
    }

    /** A period as YYYY-MM-DD or YYYY-MM, taken as the first day of its month. */
    static LocalDate period(CsvRows.Row row, String column) throws Bad {
        String value = required(row, column);
        try {
            return value.length() == 7
                    ? YearMonth.parse(value).atDay(1)
                    : LocalDate.parse(value).withDayOfMonth(1);
        } catch (DateTimeParseException e) {
            throw new Bad(column + " '" + value + "' is not a date (YYYY-MM-DD or YYYY-MM)");
        }
    }
}
